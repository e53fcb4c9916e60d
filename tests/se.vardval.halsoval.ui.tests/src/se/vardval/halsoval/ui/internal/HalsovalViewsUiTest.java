package se.vardval.halsoval.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.SWT;
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

import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Waits;

/** Hälsoval's own views built with e4 injection on the demo database: CNI, the age pyramid and the component mix. */
class HalsovalViewsUiTest {

    private static final Duration READ = Duration.ofMinutes(1);

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", DemoDatabase.CARE_CHOICE, 1280, 800);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void cniPerUnitAveragesOneOverTheListedPersons() throws Exception {
        view.make(CniPart.class);
        Waits.until(view.display(), READ, "the CNI of the month", () -> widget("cni.summary", Label.class).getText()
                .contains("CNI"));

        Table table = widget("cni.table", Table.class);
        assertTrue(table.getItemCount() >= 10, "the demo's health centres");
        BigDecimal listed = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (TableItem row : table.getItems()) {
            BigDecimal persons = SwedishFormat.parse(row.getText(1));
            listed = listed.add(persons);
            weighted = weighted.add(persons.multiply(SwedishFormat.parse(row.getText(3))));
        }
        double mean = weighted.doubleValue() / listed.doubleValue();
        assertEquals(1.0, mean, 0.01, "the listed-weighted mean CNI is the regional mean");
        assertEquals(table.getItemCount(), widget("cni.chart", Chart.class).getAxisSet().getXAxis(0)
                .getCategorySeries().length);
        view.save("halsoval-cni");

        Label summary = widget("cni.summary", Label.class);
        showMonth("cni", "2019-01", summary, "2019");
        Chart chart = widget("cni.chart", Chart.class);
        assertEquals(0, table.getItemCount(), "no unit of the month before");
        assertEmptyWithItsReason(chart, summary);
        view.save("halsoval-cni-no-rulebook");
        showMonth("cni", "2020-02", summary, "CNI");
        assertEquals(2, chart.getSeriesSet().getSeries().length, "the bars and the regional mean again");
        assertEquals(LineStyle.DOT, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
    }

    private void showMonth(String view, String month, Label summary, String expected) {
        widget(view + ".month", Text.class).setText(month);
        widget(view + ".show", Button.class).notifyListeners(SWT.Selection, new Event());
        Waits.until(this.view.display(), READ, month, () -> summary.getText().contains(expected));
    }

    private static void assertEmptyWithItsReason(Chart chart, Label summary) {
        assertEquals(0, chart.getSeriesSet().getSeries().length);
        assertEquals(summary.getText(), chart.getTitle().getText(), "the title says why");
        assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible());
        assertEquals(LineStyle.NONE, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
    }

    @Test
    void agePyramidOfAllUnitsAndOfOne() throws Exception {
        view.make(AgePyramidPart.class);
        Label summary = widget("pyramid.summary", Label.class);
        Waits.until(view.display(), READ, "the age pyramid", () -> summary.getText().contains("listade"));
        Chart chart = widget("pyramid.chart", Chart.class);
        assertEquals(2, chart.getSeriesSet().getSeries().length, "women and men");
        assertEquals(21, chart.getAxisSet().getXAxis(0).getCategorySeries().length, "0–4 … 100+");
        double all = persons(chart);
        view.save("halsoval-age-pyramid");

        showMonth("pyramid", "2019-01", summary, "2019");
        assertEmptyWithItsReason(chart, summary);
        assertEquals(1, widget("pyramid.unit", Combo.class).getItemCount(), "no unit of the month before");
        showMonth("pyramid", "2020-02", summary, "listade");
        assertEquals(all, persons(chart), "the same listing day's pyramid again");

        Combo unit = widget("pyramid.unit", Combo.class);
        assertTrue(unit.getItemCount() > 2);
        unit.select(1);
        unit.notifyListeners(SWT.Selection, new Event());
        assertTrue(summary.getText().startsWith(unit.getItem(1)), summary.getText());
        assertTrue(persons(chart) < all, "one unit has fewer listed than all");
        view.save("halsoval-age-pyramid-unit");
    }

    @Test
    void componentMixAddsUpToAHundredPercentPerUnit() throws Exception {
        view.make(ComponentMixPart.class);
        Chart chart = widget("mix.chart", Chart.class);
        assertTrue(chart.getSeriesSet().getSeries().length >= 3, widget("mix.summary", Label.class).getText());
        int units = chart.getAxisSet().getXAxis(0).getCategorySeries().length;
        for (int i = 0; i < units; i++) {
            int unit = i;
            double sum = Arrays.stream(chart.getSeriesSet().getSeries()).mapToDouble(s -> s.getYSeries()[unit]).sum();
            assertEquals(100, sum, 0.001);
        }
        assertEquals(LineStyle.DOT, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
        assertEquals("Glesbygdsersättning", chart.getSeriesSet().getSeries("SPARSITY").getDescription(),
                "the legend names the component");
        view.save("halsoval-component-mix");

        widget("mix.month", Text.class).setText("2019-01");
        widget("mix.show", Button.class).notifyListeners(SWT.Selection, new Event());
        assertEquals(0, chart.getSeriesSet().getSeries().length);
        assertEquals(0, chart.getAxisSet().getXAxis(0).getCategorySeries().length, "no unit of the earlier month");
        assertEquals(widget("mix.summary", Label.class).getText(), chart.getTitle().getText(), "the title says why");
        assertEquals(LineStyle.NONE, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
        view.save("halsoval-component-mix-no-run");
    }

    private static double persons(Chart chart) {
        return Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getYSeries)
                .flatMapToDouble(Arrays::stream).map(Math::abs).sum();
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
