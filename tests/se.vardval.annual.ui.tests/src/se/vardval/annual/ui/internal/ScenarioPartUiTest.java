package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.Test;

import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;
import se.vardval.ui.views.ChartAxes;

/**
 * The demo's two 2021 Hälsoval proposals run against February 2020 in a background job: side by side per unit and
 * component, differences in kr and %, the amounts whole beside the scrollbar, a chart, CSV and xlsx, saved and opened
 * again; cancelling shows nothing.
 */
class ScenarioPartUiTest extends ViewHarness {

    private static final String MAJORITY = "majoritetens förslag 2021";
    private static final String OPPOSITION = "oppositionens förslag 2021";

    @Test
    void theTwoProposalsSideBySidePerUnitWithDifferencesAndAChart() throws Exception {
        ScenarioPart part = make(ScenarioPart.class);
        assertEquals("2020-02", widget("scenario.month", Text.class).getText());
        run();

        Tree tree = widget("scenario.table", Tree.class);
        assertEquals(List.of("Enhet / komponent", MAJORITY, OPPOSITION, "Skillnad " + OPPOSITION, "%", ""),
                Arrays.stream(tree.getColumns()).map(c -> c.getText()).toList(),
                "an empty last column beside the scrollbar");
        TreeItem[] units = tree.getItems();
        assertTrue(units.length >= 10, "the demo's health centres and all units");
        BigDecimal majority = BigDecimal.ZERO;
        BigDecimal opposition = BigDecimal.ZERO;
        for (TreeItem unit : units) {
            assertDifference(unit);
            if (unit != units[units.length - 1]) {
                majority = majority.add(amount(unit, 1));
                opposition = opposition.add(amount(unit, 2));
            }
        }
        TreeItem all = units[units.length - 1];
        assertEquals("Alla enheter", all.getText(0));
        assertEquals(majority, amount(all, 1), "all units = Σ units");
        assertEquals(opposition, amount(all, 2));
        assertTrue(widget("scenario.status", Label.class).getText().startsWith("februari 2020, ingen utbetalning: "
                + MAJORITY + " " + all.getText(1)));

        Chart chart = widget("scenario.chart", Chart.class);
        assertEquals(LineStyle.DOT, chart.getAxisSet().getXAxis(0).getGrid().getStyle(), "a grid under the bars");
        ISeries<?>[] series = chart.getSeriesSet().getSeries();
        assertEquals(2, series.length);
        assertEquals(units.length - 1, chart.getAxisSet().getXAxis(0).getCategorySeries().length);
        assertEquals(amount(units[0], 2).doubleValue(), series[1].getYSeries()[0], 0.001);
        Waits.settle(display, Duration.ofMillis(300));
        assertTrue(tree.getVerticalBar().isVisible(), "the demo's units need the scrollbar");
        TableFit.assertColumnsWholeBesideTheScrollbar(tree, 1, 2, 3, 4);
        save("annual-scenario");

        TreeItem first = units[0];
        tree.setSelection(first);
        tree.notifyListeners(SWT.Selection, selectionOf(first));
        tree.notifyListeners(SWT.Expand, selectionOf(first));
        first.setExpanded(true);
        Waits.settle(display, Duration.ofMillis(200));
        assertEquals(first.getItemCount(), chart.getAxisSet().getXAxis(0).getCategorySeries().length);
        for (TreeItem component : first.getItems()) {
            assertDifference(component);
        }
        List<String> components = Arrays.stream(first.getItems()).map(c -> c.getText(0)).toList();
        assertTrue(components.contains("Åldersviktad vårdpeng"), components.toString());
        assertEquals(components.stream().map(ChartAxes::label).toList(),
                List.of(chart.getAxisSet().getXAxis(0).getCategorySeries()), "named in the chart");
        assertTrue(List.of(chart.getAxisSet().getXAxis(0).getCategorySeries())
                .contains("Målrelaterad…inom 3 dagar (3:an)"), "a long name keeps whole words at both ends");
        assertTrue(chart.getPlotArea().getSize().y > chart.getSize().y / 4,
                "the labels leave the bars room: " + chart.getPlotArea().getSize() + " of " + chart.getSize());
        TableFit.assertColumnsWholeBesideTheScrollbar(tree, 1, 2, 3, 4);
        save("annual-scenario-unit");

        Path csv = Files.createTempFile("scenario", ".csv");
        part.export(csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.size() > units.length, "every unit and component");
        assertEquals("Skrev " + csv + ".", widget("scenario.status", Label.class).getText());
        String allUnits = all.getText(1);
        Path xlsx = Files.createTempFile("scenario", ".xlsx");
        part.export(xlsx);
        byte[] zip = Files.readAllBytes(xlsx);
        assertTrue(zip.length > 1000 && zip[0] == 'P' && zip[1] == 'K', "an xlsx workbook");

        widget("scenario.name", Text.class).setText("Majoriteten mot oppositionen");
        click("scenario.save");
        assertEquals("Sparat som Majoriteten mot oppositionen.", widget("scenario.status", Label.class).getText());
        choose("scenario.saved", "Majoriteten mot oppositionen");
        assertTrue(widget("scenario.status", Label.class).getText().startsWith(
                "Majoriteten mot oppositionen, som demo sparade det "));
        assertEquals(allUnits, widget("scenario.table", Tree.class).getItems()[units.length - 1].getText(1));
    }

    @Test
    void threeRulebooksInANarrowViewKeepTheUnitNamesAndTheWholeSummary() throws Exception {
        shell().setSize(1100, 800);
        make(ScenarioPart.class);
        Table rulebooks = widget("scenario.rulebooks", Table.class);
        for (int i = 0; i < rulebooks.getItemCount(); i++) {
            rulebooks.getItem(i).setChecked(i < 2 || rulebooks.getItem(i).getText().contains("beslutat"));
        }
        run();
        Waits.settle(display, Duration.ofMillis(500));

        Tree tree = widget("scenario.table", Tree.class);
        assertEquals(9, tree.getColumnCount(),
                "the unit, three amounts, two differences in kr and in %, the empty column beside the scrollbar");
        GC gc = new GC(tree);
        int longest = Arrays.stream(tree.getItems()).mapToInt(u -> gc.textExtent(u.getText(0)).x).max().orElseThrow();
        gc.dispose();
        assertTrue(tree.getColumn(0).getWidth() >= longest, tree.getColumn(0).getWidth() + " px for " + longest);
        Label status = widget("scenario.status", Label.class);
        assertTrue(status.getText().contains(OPPOSITION) && status.getText().contains("2020"), status.getText());
        assertTrue(status.computeSize(status.getSize().x, SWT.DEFAULT).y <= status.getSize().y,
                "the whole summary shown: " + status.getBounds());
        save("annual-scenario-three");
    }

    @Test
    void cancellingShowsNothingAndOneRulebookIsNotAScenario() throws Exception {
        make(ScenarioPart.class);
        click("scenario.start");
        click("scenario.cancel");
        Label status = widget("scenario.status", Label.class);
        assertEquals("Avbrutet; ingenting sparades.", status.getText());
        Waits.settle(display, Duration.ofSeconds(3));
        assertEquals(0, widget("scenario.table", Tree.class).getItemCount());
        assertEquals("Avbrutet; ingenting sparades.", status.getText());
        assertEquals(LineStyle.NONE, widget("scenario.chart", Chart.class).getAxisSet().getYAxis(0).getGrid()
                .getStyle(), "no grid before a scenario is run");

        Table rulebooks = widget("scenario.rulebooks", Table.class);
        for (int i = 0; i < rulebooks.getItemCount(); i++) {
            rulebooks.getItem(i).setChecked(i == 0);
        }
        click("scenario.start");
        assertEquals("Kryssa i två eller fler förfrågningsunderlag.", status.getText());
        save("annual-scenario-refused");
    }

    private void run() {
        click("scenario.start");
        Label status = widget("scenario.status", Label.class);
        Waits.until(display, Duration.ofMinutes(2), "the scenario", () -> status.getText().contains("ingen utbetalning")
                || status.getForeground().equals(display.getSystemColor(SWT.COLOR_RED)));
    }

    /** The difference column is the second amount minus the first, and the per cent is of the first. */
    private static void assertDifference(TreeItem item) {
        BigDecimal first = amount(item, 1);
        BigDecimal difference = amount(item, 2).subtract(first);
        assertEquals(difference, amount(item, 3), item.getText(0));
        String percent = first.signum() == 0 ? "" : SwedishFormat.fixed(difference.multiply(BigDecimal.valueOf(100))
                .divide(first.abs(), 2, RoundingMode.HALF_UP), 2) + " %";
        assertEquals(percent, item.getText(4), item.getText(0));
    }

    private static BigDecimal amount(TreeItem item, int column) {
        return SwedishFormat.parse(item.getText(column));
    }

    private static Event selectionOf(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }
}
