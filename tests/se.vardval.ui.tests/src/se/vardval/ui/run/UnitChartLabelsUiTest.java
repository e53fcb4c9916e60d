package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IAxis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;
import se.vardval.ui.views.ComponentColours;

/**
 * The run's chart per unit at a big region's size: 240 units cannot be named under a plot half a screen wide, so the
 * axis says how many there are and where their names are instead of drawing 240 labels over each other; a chart
 * made narrower or wider decides again.
 */
class UnitChartLabelsUiTest {

    private static final String UNLABELLED = "{0} enheter: namnen står i tabellen ovan";

    private Shell shell;
    private StackedBarChart chart;

    @BeforeEach
    void open() {
        shell = new Shell(Displays.require());
        shell.setLayout(new FillLayout());
        chart = new StackedBarChart(shell, "run.chart.units", "Månaden per enhet och komponent", "kr", UNLABELLED,
                "Håll pekaren över en stapel för att se komponent och belopp");
        shell.setSize(900, 500);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void twoHundredFortyUnitsAreCountedInsteadOfNamed() throws Exception {
        show(240);

        assertFalse(xAxis().getTick().isVisible(), "no labels drawn over each other");
        assertTrue(xAxis().getTitle().isVisible());
        assertEquals("240 enheter: namnen står i tabellen ovan", xAxis().getTitle().getText());
        assertEquals(240, xAxis().getCategorySeries().length, "every unit still has its bar");
        Screens.save(shell, "run-chart-240-units");
    }

    @Test
    void thirtyUnitsAreNamedWhileTheChartIsWideEnough() throws Exception {
        show(30);
        assertTrue(xAxis().getTick().isVisible());
        assertFalse(xAxis().getTitle().isVisible());
        Screens.save(shell, "run-chart-30-units");

        shell.setSize(400, 500);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
        assertFalse(xAxis().getTick().isVisible(), "narrowed to " + chart.chart().getPlotArea().getSize().x);
        assertEquals("30 enheter: namnen står i tabellen ovan", xAxis().getTitle().getText());

        shell.setSize(900, 500);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
        assertTrue(xAxis().getTick().isVisible(), "widened to " + chart.chart().getPlotArea().getSize().x);
        assertFalse(xAxis().getTitle().isVisible());
    }

    private void show(int units) {
        List<String> names = IntStream.rangeClosed(1, units).mapToObj(i -> "Hälsocentralen Östersund " + i).toList();
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("AGE_CAPITATION", IntStream.range(0, units).mapToDouble(i -> 400_000 + 1_000 * i).toArray());
        series.put("CNI", IntStream.range(0, units).mapToDouble(i -> 80_000).toArray());
        chart.show(new ChartData(names, series), ComponentColours.of(series.keySet()), UnaryOperator.identity());
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
    }

    private IAxis xAxis() {
        return chart.chart().getAxisSet().getXAxis(0);
    }
}
