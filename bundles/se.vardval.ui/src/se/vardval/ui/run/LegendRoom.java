package se.vardval.ui.run;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILegend;
import org.eclipse.swtchart.ISeries;

/**
 * Shows a chart's legend beside the plot only where it fits in one column and takes at most
 * {@value #LEGEND_SHARE_PERCENT} % of the chart's width; elsewhere the legend is hidden, since SWTChart lays a
 * model's 17 components out in two columns in a low part and leaves the bars a strip, and its {@link HoverHint} says
 * instead that pointing at a bar names its part. Decided again whenever the chart is resized, so that a large part
 * shows the legend as before.
 */
final class LegendRoom {

    /** The most of the chart's width the legend may take, in percent: the plot keeps the rest. */
    static final int LEGEND_SHARE_PERCENT = 40;

    private final Chart chart;
    private final HoverHint hint;

    /** Fits the chart's legend now and whenever the chart is resized, showing {@code hint} while it is hidden. */
    LegendRoom(Chart chart, HoverHint hint) {
        this.chart = chart;
        this.hint = hint;
        chart.addListener(SWT.Resize, event -> fit());
        fit();
    }

    /** Shows the legend while it fits, else hides it: SWTChart measures the legend's cells only while it is shown. */
    void fit() {
        ILegend legend = chart.getLegend();
        legend.setVisible(true);
        boolean fits = fits();
        legend.setVisible(fits);
        hint.show(!fits);
    }

    /** Whether every cell of the legend stands in its first column and the column leaves the plot its share. */
    private boolean fits() {
        int width = 0;
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            if (series.isVisibleInLegend()) {
                Rectangle cell = chart.getLegend().getBounds(series.getId());
                if (cell == null || cell.x > 0) {
                    return false;
                }
                width = Math.max(width, cell.width);
            }
        }
        return width * 100 <= chart.getClientArea().width * LEGEND_SHARE_PERCENT;
    }
}
