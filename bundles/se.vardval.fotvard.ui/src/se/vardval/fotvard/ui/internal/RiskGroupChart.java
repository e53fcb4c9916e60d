package se.vardval.fotvard.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import se.vardval.fotvard.ui.internal.TreatmentMonth.Rejected;
import se.vardval.fotvard.ui.internal.TreatmentMonth.UnitTreatments;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.ChartAxes;

/**
 * The treatments per risk grade I–IV of their referral, paid (green) beside rejected (red), and the rejected
 * treatments without a known referral as a category of their own.
 */
final class RiskGroupChart {

    private static final Color PAID = new Color(44, 130, 44);
    private static final Color REJECTED = new Color(200, 60, 50);
    private static final int GRADES = 4;

    private final Chart chart;
    private final Messages messages;

    RiskGroupChart(Composite parent, Messages messages) {
        this.messages = messages;
        chart = CategoryCharts.of(parent, "treatments.chart", messages.chartTitle, messages.treatments, "#,##0.#");
        chart.getAxisSet().getXAxis(0).getTitle().setText(messages.riskGroup);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(true);
        List<String> categories = new ArrayList<>();
        for (int grade = 1; grade <= GRADES; grade++) {
            categories.add(RiskGroups.roman(grade));
        }
        categories.add(messages.noReferral);
        chart.getAxisSet().getXAxis(0).setCategorySeries(categories.toArray(String[]::new));
    }

    /** Draws the units' paid treatments and the rejected ones. */
    void draw(List<UnitTreatments> units, List<Rejected> rejected) {
        ChartAxes.begin(chart, messages.chartTitle);
        axisTitles(true);
        double[] paid = new double[GRADES + 1];
        for (UnitTreatments unit : units) {
            unit.paid().forEach((grade, n) -> paid[grade - 1] += n);
        }
        double[] refused = new double[GRADES + 1];
        for (Rejected r : rejected) {
            refused[r.riskGrade() == null ? GRADES : r.riskGrade() - 1]++;
        }
        bars(messages.paid, paid, PAID);
        bars(messages.rejected, refused, REJECTED);
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** Shows nothing, for a month without a run: no bars, axes or grid, and a title that says why. */
    void clear(String whyEmpty) {
        ChartAxes.empty(chart, whyEmpty);
        axisTitles(false);
    }

    private void axisTitles(boolean shown) {
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(shown);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(shown);
    }

    private void bars(String name, double[] values, Color color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
        series.setYSeries(values);
        series.setBarColor(color);
        series.setBarPadding(20);
    }
}
