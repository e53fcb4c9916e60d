package se.vardval.ui.run;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.ChartAxes;

/**
 * A stacked bar chart (SWTChart) of {@link ChartData}: payments stack upward from zero and deductions downward, each
 * series in its own colour, with amounts on the y axis in Swedish format. SWTChart stacks only positive values, so
 * deductions stack as amounts on a second, reversed y axis whose zero lies on the first one's.
 */
class StackedBarChart {

    private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 },
        { 148, 103, 189 }, { 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 },
        { 23, 190, 207 }, { 174, 199, 232 }, { 255, 187, 120 }, { 152, 223, 138 }, { 255, 152, 150 },
        { 197, 176, 213 }, { 196, 156, 148 }, { 247, 182, 210 }, { 199, 199, 199 }, { 219, 219, 141 },
        { 158, 218, 229 }, { 57, 59, 121 }, { 140, 109, 49 }, { 132, 60, 57 }, { 123, 65, 115 } };
    private static final String DEDUCTION = " \u2212";
    private static final double MARGIN = 1.08;
    /** Points the legend's type is smaller than the chart's, so that a model's component names fit beside the bars. */
    private static final int LEGEND_SMALLER = -2;

    private final Chart chart;
    private final String title;
    private final String unlabelled;
    private final int deductionAxis;

    /** A chart titled {@code title} whose x axis says {@code unlabelled} ({0}: how many) when its names do not fit. */
    StackedBarChart(Composite parent, String key, String title, String yTitle, String unlabelled) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(ClientTags.WIDGET_KEY, key);
        this.title = title;
        this.unlabelled = unlabelled;
        chart.getTitle().setText(title);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getLegend().setFont(new LocalResourceManager(JFaceResources.getResources(), chart)
                .create(FontDescriptor.createFrom(chart.getFont()).increaseHeight(LEGEND_SMALLER)));
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.enableCategory(true);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText(yTitle);
        y.getTick().setFormat(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(SwedishFormat.SWEDISH)));
        deductionAxis = chart.getAxisSet().createYAxis();
        IAxis deductions = chart.getAxisSet().getYAxis(deductionAxis);
        deductions.setReversed(true);
        deductions.getTick().setVisible(false);
        deductions.getTitle().setVisible(false);
        deductions.getGrid().setStyle(LineStyle.NONE);
    }

    Chart control() {
        return chart;
    }

    /**
     * Shows the data, and shows it again once the display has laid the chart out: bars made while the legend and the
     * axis labels are still being sized keep the axes' old pixel lengths (a chart's first bars stood wide, shifted and
     * too short).
     */
    void show(ChartData data, Map<String, Integer> colourIndex, UnaryOperator<String> names) {
        draw(data, colourIndex, names);
        chart.getDisplay().asyncExec(() -> {
            if (!chart.isDisposed()) {
                draw(data, colourIndex, names);
            }
        });
    }

    private void draw(ChartData data, Map<String, Integer> colourIndex, UnaryOperator<String> names) {
        ChartAxes.begin(chart, title);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(true);
        IAxis x = chart.getAxisSet().getXAxis(0);
        ChartAxes.categories(chart, data.categories().toArray(String[]::new),
                NLS.bind(unlabelled, data.categories().size()));
        x.getTick().setTickLabelAngle(data.categories().size() > 8 ? 45 : 0);
        data.series().forEach((code, values) -> add(code, names.apply(code), values,
                colourIndex.getOrDefault(code, 0)));
        range(data);
        chart.redraw();
    }

    /** Shows nothing: no bars, no axis numbers or grid, and a title that says why. */
    void clear(String whyEmpty) {
        ChartAxes.empty(chart, whyEmpty);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
    }

    /** Adds a series' bars above zero and its deductions below, both labelled with the series' name in the legend. */
    private void add(String id, String name, double[] values, int colour) {
        double[] up = new double[values.length];
        double[] down = new double[values.length];
        boolean anyUp = false;
        boolean anyDown = false;
        for (int i = 0; i < values.length; i++) {
            up[i] = Math.max(values[i], 0);
            down[i] = Math.max(-values[i], 0);
            anyUp |= up[i] != 0;
            anyDown |= down[i] != 0;
        }
        Color color = new Color(PALETTE[colour % PALETTE.length][0], PALETTE[colour % PALETTE.length][1],
                PALETTE[colour % PALETTE.length][2]);
        if (anyUp || !anyDown) {
            bars(id, up, color, 0).setDescription(name);
        }
        if (anyDown) {
            IBarSeries<?> series = bars(id + DEDUCTION, down, color, deductionAxis);
            series.setDescription(name + DEDUCTION);
            series.setVisibleInLegend(!anyUp);
        }
    }

    private IBarSeries<?> bars(String id, double[] values, Color color, int yAxis) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setYSeries(values);
        series.setBarColor(color);
        series.setYAxisId(yAxis);
        series.enableStack(true);
        series.setBarPadding(25);
        return series;
    }

    private void range(ChartData data) {
        double top = 0;
        double bottom = 0;
        for (double value : data.positiveTotals()) {
            top = Math.max(top, value);
        }
        for (double value : data.negativeTotals()) {
            bottom = Math.min(bottom, value);
        }
        double upper = top == 0 && bottom == 0 ? 1 : top * MARGIN;
        double lower = bottom * MARGIN;
        chart.getAxisSet().getYAxis(0).setRange(new Range(lower, upper));
        chart.getAxisSet().getYAxis(deductionAxis).setRange(new Range(-upper, -lower));
        chart.getAxisSet().getXAxis(0).adjustRange();
    }
}
