package se.vardval.fotvard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * The treatments view on the demo database's March 2020, counted by hand from the demo's cohort: at Fotvårdskliniken
 * Storsjön risk groups II, III and IV one paid treatment each (480, 560 and 640 kr less the 100 kr patient fee), two
 * at home (300 kr each), and rejected a third treatment on a risk-II referral (quota 2), one of risk grade I and one
 * without a referral; at Fotterapeuterna Odenslund two of III and one of IV, two at home, and rejected one on an
 * expired risk-II referral and one of a child on a risk-II referral. A rejected treatment's reason that its narrowed
 * column cuts, and the model's own sentence that its column or the table's right edge cuts, are whole in their
 * tooltips.
 */
class TreatmentsUiTest {

    private static final Duration READ = Duration.ofMinutes(2);

    private PartShell view;
    private long run;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", FootCareMarch.CARE_CHOICE, 1280, 900);
        run = FootCareMarch.ensure();
        view.make(TreatmentsPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void eachUnitsTreatmentsPerRiskGroupAndTheRejectedOnesWithTheirReasons() throws Exception {
        Label summary = widget("treatments.summary", Label.class);
        Waits.until(view.display(), READ, "the run of March 2020", () -> summary.getText().startsWith("mars 2020"));
        assertEquals("mars 2020, körning " + run + " (beräknad): 6 betalda behandlingar, varav 4"
                + " hembesök, 5 avvisade; 4 040,00 kr", text(summary.getText()));
        Table units = widget("treatments.units", Table.class);
        assertEquals(List.of("Enhet", "II: antal", "II: kr", "III: antal", "III: kr", "IV: antal", "IV: kr",
                "Hembesök", "Hembesök: kr", "Avvisade", "Summa", ""), Arrays.stream(units.getColumns())
                        .map(c -> c.getText()).toList());
        assertEquals(List.of(
                List.of("Fotterapeuterna Odenslund", "0", "0,00 kr", "2", "920,00 kr", "1", "540,00 kr", "2",
                        "600,00 kr", "2", "2 060,00 kr", ""),
                List.of("Fotvårdskliniken Storsjön", "1", "380,00 kr", "1", "460,00 kr", "1", "540,00 kr", "2",
                        "600,00 kr", "3", "1 980,00 kr", ""),
                List.of("Alla enheter", "1", "380,00 kr", "3", "1 380,00 kr", "2", "1 080,00 kr", "4",
                        "1 200,00 kr", "5", "4 040,00 kr", "")), rows(units));

        Table rejected = widget("treatments.rejected", Table.class);
        assertEquals(List.of(
                List.of("Fotvårdskliniken Storsjön", "2020-03-16", "FV001d1", "I", "RISK_GRADE_I",
                        "Riskgrad I ersätts inte"),
                List.of("Fotvårdskliniken Storsjön", "2020-03-18", "FV001e1", "Ingen remiss", "NO_REFERRAL",
                        "Ingen känd remiss"),
                List.of("Fotvårdskliniken Storsjön", "2020-03-23", "FV001a3", "II", "OVER_QUOTA",
                        "Över riskgruppens antal behandlingar per remissår"),
                List.of("Fotterapeuterna Odenslund", "2020-03-11", "FV001f2", "II", "REFERRAL_EXPIRED",
                        "Remissens giltighetstid hade gått ut"),
                List.of("Fotterapeuterna Odenslund", "2020-03-19", "FV001i1", "II", "UNDER_MIN_AGE",
                        "Patienten är under åldersgränsen")),
                rows(rejected).stream().map(r -> List.of(r.get(0), r.get(1), r.get(6), r.get(3), r.get(4), r.get(5)))
                        .toList());
        assertTrue(rows(rejected).stream().allMatch(r -> r.get(2).length() == 12), "each personnummer");

        Chart chart = widget("treatments.chart", Chart.class);
        assertEquals(List.of("I", "II", "III", "IV", "Ingen remiss"),
                List.of(chart.getAxisSet().getXAxis(0).getCategorySeries()));
        assertEquals(List.of(List.of(0.0, 1.0, 3.0, 2.0, 0.0), List.of(1.0, 3.0, 0.0, 0.0, 1.0)), series(chart));
        view.save("fotvard-treatments-2020-03");

        units.select(0);
        units.notifyListeners(SWT.Selection, itemEvent(units.getItem(0)));
        assertEquals("Fotterapeuterna Odenslund", widget("treatments.unit", Combo.class).getText());
        assertEquals(2, rejected.getItemCount());
        assertEquals(List.of(List.of(0.0, 0.0, 2.0, 1.0, 0.0), List.of(0.0, 2.0, 0.0, 0.0, 0.0)), series(chart));
        assertTrue(text(summary.getText()).endsWith("3 betalda behandlingar, varav 2 hembesök, 2 avvisade;"
                + " 2 060,00 kr"), summary.getText());
        view.save("fotvard-treatments-2020-03-odenslund");
    }

    @Test
    void theModelsOwnSentencePartlyPastTheTablesRightEdgeIsWholeInItsTooltip() throws Exception {
        Label summary = widget("treatments.summary", Label.class);
        Waits.until(view.display(), READ, "the run of March 2020", () -> summary.getText().startsWith("mars 2020"));
        Table rejected = widget("treatments.rejected", Table.class);
        String noReferral = rejected.getItem(1).getText(7);
        Rectangle cell = rejected.getItem(1).getBounds(7);
        Rectangle visible = rejected.getClientArea();
        assertTrue(cell.x < visible.x + visible.width && cell.x + cell.width > visible.x + visible.width,
                "the last column from " + cell + " partly past the right edge of " + visible);
        assertTrue(TableFit.textWidth(rejected, noReferral) < cell.width, "the sentence fits its column");

        assertEquals(noReferral, TableFit.tooltip(rejected, 1, 7));
        assertNull(TableFit.tooltip(rejected, 1, 4), "a reason code shown whole has none");
    }

    @Test
    void aReasonItsColumnCutsIsWholeInItsTooltipAndOneThatFitsHasNone() throws Exception {
        Label summary = widget("treatments.summary", Label.class);
        Waits.until(view.display(), READ, "the run of March 2020", () -> summary.getText().startsWith("mars 2020"));
        Table rejected = widget("treatments.rejected", Table.class);
        String overQuota = "Över riskgruppens antal behandlingar per remissår";
        assertEquals(overQuota, rejected.getItem(2).getText(5));
        assertEquals("Ingen känd remiss", rejected.getItem(1).getText(5));
        rejected.getColumn(5).setWidth(TableFit.textWidth(rejected, "Ingen känd remiss") + 24);
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertTrue(TableFit.textWidth(rejected, overQuota) > rejected.getColumn(5).getWidth(), "cut");
        assertEquals(overQuota, TableFit.tooltip(rejected, 2, 5));
        assertNull(TableFit.tooltip(rejected, 1, 5), "a reason that fits has none");
        assertNull(TableFit.tooltip(rejected, 2, 0), "a unit that fits has none");
        view.save("fotvard-treatments-reason-cut");
    }

    @Test
    void theModelsOwnSentenceIsShownAndWholeInItsTooltipWhereItsColumnCutsIt() throws Exception {
        Label summary = widget("treatments.summary", Label.class);
        Waits.until(view.display(), READ, "the run of March 2020", () -> summary.getText().startsWith("mars 2020"));
        Table rejected = widget("treatments.rejected", Table.class);
        assertEquals("Modellens motivering", rejected.getColumn(7).getText());
        String quota = rejected.getItem(2).getText(7);
        assertTrue(quota.startsWith("riskgrupp 2 ersätter 2 behandling(ar) per person och remissår; 2 redan betalda"),
                quota);
        rejected.showColumn(rejected.getColumn(7));
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertTrue(TableFit.textWidth(rejected, quota) > rejected.getColumn(7).getWidth(), "cut");
        assertEquals(quota, TableFit.tooltip(rejected, 2, 7));
        String noReferral = rejected.getItem(1).getText(7);
        assertTrue(TableFit.textWidth(rejected, noReferral) < rejected.getColumn(7).getWidth(), noReferral);
        assertNull(TableFit.tooltip(rejected, 1, 7), "a sentence that fits has none");
    }

    @Test
    void aMonthWithoutARunShowsOnlyThat() throws Exception {
        Label summary = widget("treatments.summary", Label.class);
        Waits.until(view.display(), READ, "the run of March 2020", () -> summary.getText().startsWith("mars 2020"));
        widget("treatments.month", Text.class).setText("2020-05");
        widget("treatments.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Waits.until(view.display(), READ, "May 2020", () -> summary.getText().contains("maj 2020"));
        assertEquals("Det finns ingen beräknad körning för maj 2020: beräkna månaden i vyn Utbetalning.",
                summary.getText());
        assertEquals(0, widget("treatments.units", Table.class).getItemCount());
        assertEquals(0, widget("treatments.rejected", Table.class).getItemCount());
        Chart chart = widget("treatments.chart", Chart.class);
        assertEquals(0, chart.getSeriesSet().getSeries().length);
        assertEquals(summary.getText(), chart.getTitle().getText(), "the chart's title says why it is empty");
        assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible(), "no axis of zero treatments");
        assertEquals(LineStyle.NONE, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
        view.save("fotvard-treatments-no-run");
    }

    private static String text(String shown) {
        return shown.replace('\u00a0', ' ');
    }

    private static List<List<String>> rows(Table table) {
        return Arrays.stream(table.getItems()).map(TreatmentsUiTest::row).toList();
    }

    private static List<String> row(TableItem item) {
        int columns = item.getParent().getColumnCount();
        return IntStream.range(0, columns).mapToObj(i -> text(item.getText(i))).toList();
    }

    private static List<List<Double>> series(Chart chart) {
        return Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getYSeries)
                .map(values -> Arrays.stream(values).boxed().toList()).toList();
    }

    private static Event itemEvent(TableItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
