package se.vardval.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.Sex;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.FollowUpTrend;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;
import se.vardval.ui.views.DefaultMonth;

/**
 * The follow-up view on the demo database: December 2020's indicators for everyone and for women, and a unit's
 * telephone accessibility over the year for women, men and everyone against the region, with screenshots.
 */
class FollowUpPartUiTest {

    private static final YearMonth MONTH = YearMonth.of(2020, 12);
    private static final Duration JOB = Duration.ofMinutes(2);

    private PartShell view;
    private FollowUpTrend expected;
    private FollowUpPart part;

    @TempDir
    Path pages;

    @BeforeEach
    void open() throws Exception {
        DemoDatabase.ensure();
        expected = DemoDatabase.service(FollowUp.class).trend(DemoDatabase.CARE_CHOICE, MONTH.minusMonths(11), MONTH,
                false, FollowUp.DEFAULT_MINIMUM_COUNT);
        view = PartShell.open("Uppföljning", DemoDatabase.CARE_CHOICE, 1280, 900);
        part = view.make(FollowUpPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void opensOnTheMonthTheOtherViewsOpenOn() throws Exception {
        YearMonth expectedMonth = DefaultMonth.of(DemoDatabase.service(RunStore.class),
                DemoDatabase.service(RulebookStore.class), DemoDatabase.CARE_CHOICE);
        assertEquals(expectedMonth.toString(), view.widget("followup.month", Text.class).getText());
    }

    @Test
    void showsTheMonthBySexAndAUnitsTrendAgainstTheRegion() throws Exception {
        show(MONTH);
        Label summary = view.widget("followup.summary", Label.class);
        FollowUpReport december = expected.months().get(expected.months().size() - 1);
        Table table = view.widget("followup.table", Table.class);
        assertEquals(december.units().size() + 1, table.getItemCount());
        int row = mostMeasuredUnit(december);
        String unit = december.units().get(row).hsaId();
        assertEquals(text(december.cell(unit, "PHONE_ACCESS", null)), cellOf(table, row, "Telefon"));
        view.save("followup-everyone");

        Combo sex = view.widget("followup.sex", Combo.class);
        sex.select(1);
        sex.notifyListeners(SWT.Selection, new Event());
        assertEquals(text(december.cell(unit, "PHONE_ACCESS", Sex.F)), cellOf(table, row, "Telefon"));

        table.select(row);
        table.notifyListeners(SWT.Selection, new Event());
        Combo indicator = view.widget("followup.indicator", Combo.class);
        indicator.select(Arrays.asList(indicator.getItems()).indexOf("Telefontillgänglighet"));
        indicator.notifyListeners(SWT.Selection, new Event());
        Waits.settle(view.display(), Duration.ofMillis(300));
        Chart chart = view.widget("followup.trend", Chart.class);
        assertEquals(12, expected.months().size());
        assertEquals(shownMonths(expected.series(unit, "PHONE_ACCESS", null)), points(chart, "Alla"));
        assertEquals(shownMonths(expected.series(unit, "PHONE_ACCESS", Sex.F)), points(chart, "Kvinnor"));
        assertEquals(shownMonths(expected.series(null, "PHONE_ACCESS", null)), points(chart, "Regionen"));
        assertEquals(12, points(chart, "Regionen"));
        assertTrue(chart.getTitle().getText().contains(december.units().get(row).name()), chart.getTitle().getText());
        view.save("followup-trend-women");

        part.saveAs = suggested -> pages.resolve(suggested).toString();
        view.widget("followup.publish", Button.class).notifyListeners(SWT.Selection, new Event());
        Path page = pages.resolve("jamforelse-halsoval-2020-12.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        december.units().forEach(u -> assertTrue(html.contains("data-hsa-id=\"" + u.hsaId() + "\""), u.name()));
        assertTrue(summary.getText().startsWith("Skrev jämförelsesidan"), summary.getText());
    }

    @Test
    void aMonthWithoutContractsLeavesNeitherTheEarlierMonthsRowsNorItsTrend() throws Exception {
        show(MONTH);
        Table table = view.widget("followup.table", Table.class);
        assertTrue(table.getItemCount() > 1);
        YearMonth empty = YearMonth.of(2010, 1);
        show(empty);
        Chart chart = view.widget("followup.trend", Chart.class);
        assertEquals(0, table.getItemCount());
        assertEquals(0, chart.getSeriesSet().getSeries().length);
        String why = "ingen enhet har avtal i halsoval från 2009-02 till 2010-01";
        assertEquals(why, chart.getTitle().getText());
        assertEquals(why, view.widget("followup.summary", Label.class).getText());
        assertEquals(LineStyle.NONE, chart.getAxisSet().getYAxis(0).getGrid().getStyle(), "no grid without lines");
        view.save("followup-no-contracts");
        show(MONTH);
        assertEquals(LineStyle.DOT, chart.getAxisSet().getYAxis(0).getGrid().getStyle(), "the grid back with lines");
    }

    @Test
    void continuityAndCoverageRepackTheColumnsWithinTheView() throws Exception {
        view.shell().setSize(1100, 900);
        show(MONTH);
        Button computed = view.widget("followup.computed", Button.class);
        computed.setSelection(true);
        show(MONTH);
        Table table = view.widget("followup.table", Table.class);
        assertEquals(6, table.getColumnCount(), "the unit and five indicators");
        TableFit.assertCellsWholeWithinTheTable(table);
        view.save("followup-continuity");
    }

    /** Asks for a month and waits until the part has read it (its summary no longer says it is reading). */
    private void show(YearMonth month) {
        view.widget("followup.month", Text.class).setText(month.toString());
        view.widget("followup.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = view.widget("followup.summary", Label.class);
        String reading = summary.getText();
        Waits.until(view.display(), JOB, "the follow-up of " + month, () -> !summary.getText().equals(reading));
    }

    /** The row of the unit whose telephone accessibility is shown for everyone in the most months. */
    private int mostMeasuredUnit(FollowUpReport december) {
        int best = 0;
        for (int i = 1; i < december.units().size(); i++) {
            if (shownMonths(expected.series(december.units().get(i).hsaId(), "PHONE_ACCESS", null))
                    > shownMonths(expected.series(december.units().get(best).hsaId(), "PHONE_ACCESS", null))) {
                best = i;
            }
        }
        return best;
    }

    /** How many months the chart draws of a line, over all its segments. */
    private static long points(Chart chart, String line) {
        return Arrays.stream(chart.getSeriesSet().getSeries())
                .filter(s -> s.getId().equals(line) || s.getId().startsWith(line + " "))
                .mapToLong(s -> s.getYSeries().length).sum();
    }

    private static long shownMonths(List<FollowUpTrend.Point> points) {
        return points.stream().filter(p -> p.cell().state() == Cell.State.SHOWN).count();
    }

    private static String text(Cell cell) {
        return switch (cell.state()) {
            case SHOWN -> SwedishFormat.fixed(cell.value().multiply(BigDecimal.valueOf(100)), 1);
            case SUPPRESSED -> "(för få)";
            case MISSING -> "";
        };
    }

    private static String cellOf(Table table, int row, String columnStart) {
        for (int column = 0; column < table.getColumnCount(); column++) {
            if (table.getColumn(column).getText().startsWith(columnStart)) {
                return table.getItem(row).getText(column);
            }
        }
        throw new AssertionError("no column " + columnStart);
    }
}
