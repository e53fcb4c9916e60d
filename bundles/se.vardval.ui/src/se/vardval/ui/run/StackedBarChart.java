package se.vardval.ui.run;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.ChartAxes;
import se.vardval.ui.views.ComponentColours;

/**
 * A stacked bar chart (SWTChart) of {@link ChartData}: one bar per category, payments stacked upward from zero and
 * deductions downward, each series in its component's colour, with amounts on the y axis in Swedish format. SWTChart
 * 1.1 draws every negative stacked part from zero (so deductions overlapped) and puts stacks on different axes side by
 * side, so the chart stacks itself ({@link Stacks}): a series' bar reaches from zero to the end of its part, and the
 * bars are drawn outermost first, so that each shows only its own part. The legend stands beside the bars only where
 * it leaves them room ({@link LegendRoom}); a bar's part names its category, component and amount in a tooltip
 * ({@link SegmentTips}), which reads the same ends and to which a line under the chart points while the legend is
 * hidden ({@link HoverHint}).
 */
class StackedBarChart {

    private static final String DEDUCTION = " \u2212";
    private static final double MARGIN = 1.08;
    /** Percent of each category's width left between the bars. */
    private static final int BAR_PADDING = 25;
    /** Points the legend's type is smaller than the chart's, so that a model's component names fit beside the bars. */
    private static final int LEGEND_SMALLER = -2;

    private final Composite area;
    private final Chart chart;
    private final SegmentTips tips;
    private final LegendRoom legend;
    private final String title;
    private final String unlabelled;

    /**
     * A chart titled {@code title} whose x axis says {@code unlabelled} ({0}: how many) when its names do not fit, and
     * under which {@code hoverHint} points to the tooltips while the legend is hidden.
     */
    StackedBarChart(Composite parent, String key, String title, String yTitle, String unlabelled, String hoverHint) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
        chart = new Chart(area, SWT.NONE);
        chart.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
        area.setBackground(chart.getBackground());
        area.setBackgroundMode(SWT.INHERIT_DEFAULT);
        this.title = title;
        this.unlabelled = unlabelled;
        chart.getTitle().setText(title);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getLegend().setFont(new LocalResourceManager(JFaceResources.getResources(), chart)
                .create(FontDescriptor.createFrom(chart.getFont()).increaseHeight(LEGEND_SMALLER)));
        axes(yTitle);
        tips = new SegmentTips(chart, BAR_PADDING);
        legend = new LegendRoom(chart, new HoverHint(area, key, hoverHint));
    }

    /** Categories along the x axis, named below the bars or counted in its title, and kronor up the y axis. */
    private void axes(String yTitle) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        x.enableCategory(true);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText(yTitle);
        y.getTick().setFormat(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(SwedishFormat.SWEDISH)));
    }

    /** The chart with the line under it, as placed in its parent. */
    Composite control() {
        return area;
    }

    Chart chart() {
        return chart;
    }

    /**
     * Shows the data, and shows it again once the display has laid the chart out: bars made while the legend and the
     * axis labels are still being sized keep the axes' old pixel lengths (a chart's first bars stood wide, shifted and
     * too short).
     */
    void show(ChartData data, Map<String, RGB> colours, UnaryOperator<String> names) {
        draw(data, colours, names);
        chart.getDisplay().asyncExec(() -> {
            if (!chart.isDisposed()) {
                draw(data, colours, names);
            }
        });
    }

    /**
     * Draws the bars and lays the chart out again before ranging the axes: SWTChart lays its legend out when a series
     * is created, still named by its id, so a lone series' name was cut to the width of its code.
     */
    private void draw(ChartData data, Map<String, RGB> colours, UnaryOperator<String> names) {
        ChartAxes.begin(chart, title);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(true);
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(data.categories().size() > 8 ? 45 : 0);
        ChartAxes.categories(chart, data.categories().toArray(String[]::new),
                NLS.bind(unlabelled, data.categories().size()));
        Stacks stacks = Stacks.of(data);
        stack(stacks, colours, names);
        chart.updateLayout();
        legend.fit();
        range(data);
        tips.show(data, stacks, names);
        chart.redraw();
    }

    /** Shows nothing: no bars, no axis numbers or grid, no line about the tooltips, and a title that says why. */
    void clear(String whyEmpty) {
        ChartAxes.empty(chart, whyEmpty);
        tips.clear();
        legend.fit();
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
    }

    /**
     * Adds each series' payments above zero and its deductions below, as bars reaching their stacked ends; the legend
     * names a series once, by its payments' bars when it has any.
     */
    private void stack(Stacks stacks, Map<String, RGB> colours, UnaryOperator<String> names) {
        Deque<Runnable> outermostFirst = new ArrayDeque<>();
        stacks.up().keySet().forEach(code -> {
            double[] upEnds = stacks.up().get(code);
            double[] downEnds = stacks.down().get(code);
            Color colour = new Color(colours.getOrDefault(code, ComponentColours.of(code)));
            String name = names.apply(code);
            boolean anyUp = any(upEnds);
            boolean anyDown = any(downEnds);
            if (anyUp || !anyDown) {
                outermostFirst.push(() -> bars(code, upEnds, colour).setDescription(name));
            }
            if (anyDown) {
                outermostFirst.push(() -> {
                    IBarSeries<?> series = bars(code + DEDUCTION, downEnds, colour);
                    series.setDescription(name + DEDUCTION);
                    series.setVisibleInLegend(!anyUp);
                });
            }
        });
        outermostFirst.forEach(Runnable::run);
    }

    private static boolean any(double[] values) {
        return Arrays.stream(values).anyMatch(v -> v != 0);
    }

    private IBarSeries<?> bars(String id, double[] ends, Color color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setYSeries(ends);
        series.setBarColor(color);
        series.setBarOverlay(true);
        series.setBarPadding(BAR_PADDING);
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
        chart.getAxisSet().getXAxis(0).adjustRange();
    }
}
