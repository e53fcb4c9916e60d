package se.vardval.ui.views;

import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

/**
 * Shows or hides a chart's first axes' tick labels and grid lines, so that a chart with nothing to show is an empty
 * area under its title (which says why) instead of a grid without numbers.
 */
public final class ChartAxes {

    private ChartAxes() {
    }

    /** Shows the axes' tick labels and dotted grid lines, or hides both. */
    public static void show(Chart chart, boolean visible) {
        show(chart.getAxisSet().getXAxis(0), visible);
        show(chart.getAxisSet().getYAxis(0), visible);
    }

    private static void show(IAxis axis, boolean visible) {
        axis.getTick().setVisible(visible);
        axis.getGrid().setStyle(visible ? LineStyle.DOT : LineStyle.NONE);
    }
}
