package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;
import se.vardval.ui.views.ComponentColours;

/**
 * The run's chart per unit with Hälsoval's 17 components in a low, narrow part: the legend, which would take two
 * columns beside the bars, is hidden so that the plot keeps most of the part, the units are counted instead of named
 * where their diagonal names would take the part's height, and a bar's part names its unit, component and amount in
 * a tooltip, which a line under the chart points to while the legend is hidden; in a large part the legend stands
 * beside the bars in one column, without that line, and the units are named as before.
 */
class ChartRoomUiTest {

    private static final Map<String, String> NAMES = names();
    private static final int UNITS = 27;
    private static final String NBSP = "\u00a0";
    private static final String HINT = "Håll pekaren över en stapel för att se komponent och belopp";

    private Shell shell;
    private StackedBarChart chart;

    @BeforeEach
    void open() {
        shell = new Shell(Displays.require());
        shell.setLayout(new FillLayout());
        chart = new StackedBarChart(shell, "run.chart.units", "Månaden per enhet och komponent", "kr",
                "{0} enheter: namnen står i tabellen ovan", HINT);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aSmallPartHidesTheLegendAndKeepsThePlot() throws Exception {
        show(500, 260);

        Chart control = chart.chart();
        Point plot = control.getPlotArea().getSize();
        Rectangle part = shell.getClientArea();
        assertFalse(control.getLegend().isVisible(), "17 components take two columns in " + part);
        assertHintUnderTheChart();
        assertTrue(plot.x * 10 >= part.width * 7, "the plot keeps the part's width: " + plot + " of " + part);
        assertTrue(plot.y * 2 >= part.height, "and half its height: " + plot + " of " + part);
        Screens.save(shell, "run-chart-small-part");
    }

    @Test
    void aLowWidePartCountsTheUnitsInsteadOfNamingThemDiagonally() throws Exception {
        show(900, 260);

        Chart control = chart.chart();
        Point plot = control.getPlotArea().getSize();
        IAxis x = control.getAxisSet().getXAxis(0);
        assertTrue(UNITS * 20 <= plot.x, "wide enough for the names: " + plot);
        assertFalse(x.getTick().isVisible(), "the diagonal names would leave the bars a strip");
        assertEquals("27 enheter: namnen står i tabellen ovan", x.getTitle().getText());
        assertTrue(plot.y * 2 >= shell.getClientArea().height, "the bars keep half the part's height: " + plot);
        Screens.save(shell, "run-chart-low-wide-part");
    }

    @Test
    void aBarsPartNamesItsUnitComponentAndAmount() throws Exception {
        show(500, 260);

        assertEquals("Hälsocentralen Östersund 3\nVårdtyngd enligt CNI: 80" + NBSP + "000,00 kr",
                tipAt(2, 402_000 + 40_000), "the part above the unit's age capitation");
        assertEquals("Hälsocentralen Östersund 3\nÅldersviktad vårdpeng: 402" + NBSP + "000,00 kr", tipAt(2, 1_000));
        assertEquals("Hälsocentralen Östersund 1\nKostnadsansvar läkemedel: -150" + NBSP + "000,00 kr",
                tipAt(0, -100_000));
        int between = (pixelX(0) + pixelX(1)) / 2;
        assertNull(tipAtPixel(between, chart.chart().getAxisSet().getYAxis(0).getPixelCoordinate(1_000)),
                "no tip between the bars");
        double top = chart.chart().getAxisSet().getYAxis(0).getRange().upper;
        assertNull(tipAt(0, top * 0.98), "no tip above the bar");
    }

    @Test
    void aLargePartShowsTheLegendInOneColumnAsBefore() throws Exception {
        show(1400, 480);
        assertLegendInOneColumn();
        assertNoHint();
        Screens.save(shell, "run-chart-large-part");

        resize(500, 260);
        assertFalse(chart.chart().getLegend().isVisible(), "hidden once the part is small");
        assertHintUnderTheChart();

        resize(1400, 480);
        assertLegendInOneColumn();
        assertNoHint();
    }

    /** The line that points to the tooltips stands under the chart, within the part. */
    private void assertHintUnderTheChart() {
        CLabel hint = hint();
        Rectangle line = hint.getBounds();
        Rectangle part = shell.getClientArea();
        Rectangle bars = chart.chart().getBounds();
        assertTrue(hint.isVisible(), "the legend is hidden, so the line points to the tooltips");
        assertEquals(HINT, hint.getText());
        assertTrue(line.height > 0 && line.y >= bars.y + bars.height && line.y + line.height <= part.height,
                "under the chart " + bars + " within the part " + part + ": " + line);
    }

    /** No line about the tooltips, and the chart has the part's whole height. */
    private void assertNoHint() {
        assertFalse(hint().isVisible(), "the legend names the components");
        assertEquals(shell.getClientArea().height, chart.chart().getSize().y, "the chart takes the line back");
    }

    private CLabel hint() {
        return Find.widget(shell, "run.chart.units.hint", CLabel.class);
    }

    private void assertLegendInOneColumn() {
        Chart control = chart.chart();
        assertTrue(control.getAxisSet().getXAxis(0).getTick().isVisible(), "the units named below the bars");
        assertTrue(control.getLegend().isVisible());
        for (ISeries<?> series : control.getSeriesSet().getSeries()) {
            if (series.isVisibleInLegend()) {
                Rectangle cell = control.getLegend().getBounds(series.getId());
                assertEquals(0, cell.x, series.getDescription() + " in the legend's first column");
            }
        }
    }

    /** The tooltip where the mouse is over the bar of a category at an amount. */
    private String tipAt(int category, double amount) {
        return tipAtPixel(pixelX(category), chart.chart().getAxisSet().getYAxis(0).getPixelCoordinate(amount));
    }

    private String tipAtPixel(int x, int y) {
        Control plot = chart.chart().getPlotArea().getControl();
        Event move = new Event();
        move.x = x;
        move.y = y;
        plot.notifyListeners(SWT.MouseMove, move);
        return plot.getToolTipText();
    }

    private int pixelX(int category) {
        return chart.chart().getAxisSet().getXAxis(0).getPixelCoordinate(category);
    }

    private void show(int width, int height) {
        resize(width, height);
        List<String> units = IntStream.rangeClosed(1, UNITS).mapToObj(i -> "Hälsocentralen Östersund " + i).toList();
        Map<String, double[]> series = new LinkedHashMap<>();
        NAMES.keySet().forEach(code -> series.put(code, each(deduction(code) ? -10_000 : 10_000)));
        series.put("AGE_CAPITATION", IntStream.range(0, UNITS).mapToDouble(i -> 400_000 + 1_000 * i).toArray());
        series.put("CNI", each(80_000));
        series.put("COST_DRUGS", each(-150_000));
        chart.show(new ChartData(units, series), ComponentColours.of(series.keySet()), NAMES::get);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
    }

    private static double[] each(double amount) {
        return IntStream.range(0, UNITS).mapToDouble(i -> amount).toArray();
    }

    private static boolean deduction(String code) {
        return code.startsWith("COST_") || code.equals("VISIT_CHARGE");
    }

    /** Sizes the shell so that the chart's part, which fills it, is {@code width} by {@code height} pixels. */
    private void resize(int width, int height) {
        Rectangle trim = shell.computeTrim(0, 0, width, height);
        shell.setSize(trim.width, trim.height);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
    }

    /** Hälsoval's components as the run view names them, payments before deductions. */
    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("AGE_CAPITATION", "Åldersviktad vårdpeng");
        names.put("CNI", "Vårdtyngd enligt CNI");
        names.put("DRUG_CAPITATION", "Läkemedelsersättning");
        names.put("SPARSITY", "Glesbygdsersättning");
        names.put("VAT_COMPENSATION", "Momskompensation");
        names.put("VISITS_OTHER_UNIT", "Besök av listade vid annan enhet");
        names.put("VISITS_OUT_OF_COUNTY", "Utomlänsbesök");
        names.put("VISITS_UNLISTED", "Besök av olistade");
        names.put("TARGET_3AN", "Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)");
        names.put("TU_JOUR", "Tilläggsuppdrag Jourverksamhet i glesbygd");
        names.put("TU_ASYL", "Tilläggsuppdrag Hälso- och sjukvård för asylsökande");
        names.put("COST_DRUGS", "Kostnadsansvar läkemedel");
        names.put("COST_LAB", "Kostnadsansvar laboratorieanalyser");
        names.put("COST_LOF_LOL", "Kostnadsansvar LOF/LOL");
        names.put("COST_XRAY", "Kostnadsansvar röntgen");
        names.put("VISIT_CHARGE", "Avdrag för listades besök vid annan enhet");
        names.put("ELDERLY", "Tilläggsuppdrag Särskilt boende");
        return names;
    }
}
