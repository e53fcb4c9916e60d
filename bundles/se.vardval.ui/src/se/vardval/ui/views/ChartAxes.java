package se.vardval.ui.views;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

/**
 * Shows or hides a chart's first axes' tick labels and grid lines, so that a chart with nothing to show is an empty
 * area under its title (which says why) instead of a grid without numbers or an earlier period's figures.
 */
public final class ChartAxes {

    private ChartAxes() {
    }

    /** Shows the axes' tick labels and dotted grid lines, or hides both. */
    public static void show(Chart chart, boolean visible) {
        show(chart.getAxisSet().getXAxis(0), visible);
        show(chart.getAxisSet().getYAxis(0), visible);
    }

    /**
     * Empties the chart for a period with nothing to draw: deletes its series, hides its axes' numbers and grid, and
     * titles it with the reason, so that no earlier period's figures stay under another period's name.
     */
    public static void empty(Chart chart, String whyEmpty) {
        deleteSeries(chart);
        chart.getTitle().setText(whyEmpty);
        show(chart, false);
        chart.redraw();
    }

    /**
     * Begins drawing a chart anew: deletes its series and gives it its own title and its axes' numbers and grid, which
     * {@link #empty} took away.
     */
    public static void begin(Chart chart, String title) {
        deleteSeries(chart);
        chart.getTitle().setText(title);
        show(chart, true);
    }

    private static void deleteSeries(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }

    private static void show(IAxis axis, boolean visible) {
        axis.getTick().setVisible(visible);
        axis.getGrid().setStyle(visible ? LineStyle.DOT : LineStyle.NONE);
    }
}
