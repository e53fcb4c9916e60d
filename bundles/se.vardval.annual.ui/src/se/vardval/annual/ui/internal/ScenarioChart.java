package se.vardval.annual.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import se.vardval.annual.ScenarioRow;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.ChartAxes;

/** Bars side by side, one series per rulebook: each unit's total, or one unit's components (SWTChart). */
final class ScenarioChart {

    private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 },
        { 148, 103, 189 }, { 140, 86, 75 } };

    private final Chart chart;

    /** An empty chart titled {@code emptyTitle} until there is something to show. */
    ScenarioChart(Composite parent, String emptyTitle) {
        chart = CategoryCharts.of(parent, "scenario.chart", emptyTitle, "kr", "#,##0");
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        ChartAxes.empty(chart, emptyTitle);
    }

    Chart control() {
        return chart;
    }

    /**
     * Shows {@code rows} (units or components, labelled by {@code categories}) under each rulebook; {@code unlabelled}
     * titles the x axis when there are too many categories to name.
     */
    void show(String title, List<String> names, List<String> categories, List<ScenarioRow> rows, String unlabelled) {
        chart.suspendUpdate(true);
        try {
            ChartAxes.begin(chart, title);
            chart.getAxisSet().getYAxis(0).getTitle().setVisible(true);
            IAxis x = chart.getAxisSet().getXAxis(0);
            ChartAxes.categories(chart, categories.toArray(String[]::new), unlabelled);
            x.getTick().setTickLabelAngle(categories.size() > 6 ? 45 : 0);
            for (int i = 0; i < names.size(); i++) {
                int n = i;
                IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, names.get(i));
                bars.setYSeries(rows.stream().mapToDouble(r -> r.amounts().get(n).doubleValue()).toArray());
                int[] rgb = PALETTE[i % PALETTE.length];
                bars.setBarColor(new Color(rgb[0], rgb[1], rgb[2]));
                bars.setBarPadding(20);
            }
            chart.getAxisSet().adjustRange();
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }
}
