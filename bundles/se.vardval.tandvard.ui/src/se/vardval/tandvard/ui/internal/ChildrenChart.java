package se.vardval.tandvard.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import se.vardval.tandvard.ListedChildren;
import se.vardval.tandvard.ListedChildren.Clinic;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.ChartAxes;

/**
 * Children per age group, stacked by care-need group (lighter to darker blue for groups 1 to 3), and those outside
 * the age limits as a grey bar of their own.
 */
final class ChildrenChart {

    private static final Color[] CARE_NEED = { new Color(158, 202, 225), new Color(49, 130, 189),
            new Color(8, 69, 148) };
    private static final Color OUTSIDE = new Color(170, 170, 170);

    private final Chart chart;
    private final Messages messages;

    ChildrenChart(Composite parent, Messages messages) {
        this.messages = messages;
        chart = CategoryCharts.of(parent, "children.chart", messages.title, messages.children, "#,##0.#");
    }

    void draw(ListedChildren children, List<Clinic> clinics) {
        ChartAxes.begin(chart, messages.title);
        List<String> categories = new ArrayList<>(children.ageGroups());
        categories.add(messages.outside);
        chart.getAxisSet().getXAxis(0).setCategorySeries(categories.toArray(String[]::new));
        int groups = children.ageGroups().size();
        for (int need = 1; need <= children.careNeedGroups(); need++) {
            double[] values = new double[groups + 1];
            for (int age = 0; age < groups; age++) {
                int group = age;
                int careNeed = need;
                values[age] = clinics.stream().mapToInt(c -> c.count(group, careNeed)).sum();
            }
            bars(NLS.bind(messages.careNeedGroup, need), values, CARE_NEED[(need - 1) % CARE_NEED.length]);
        }
        double[] outside = new double[groups + 1];
        outside[groups] = clinics.stream().mapToInt(Clinic::outsideLimits).sum();
        bars(messages.outside, outside, OUTSIDE);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private void bars(String name, double[] values, Color color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
        series.setYSeries(values);
        series.setBarColor(color);
        series.enableStack(true);
        series.setBarPadding(25);
    }

    /** Shows nothing, for a month whose year has no rulebook: no bars, axes or grid, and a title that says why. */
    void clear(String whyEmpty) {
        ChartAxes.empty(chart, whyEmpty);
    }
}
