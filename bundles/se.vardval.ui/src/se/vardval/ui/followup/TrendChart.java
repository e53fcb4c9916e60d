package se.vardval.ui.followup;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import se.vardval.followup.Cell;
import se.vardval.followup.FollowUpTrend;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.ChartAxes;

/**
 * An indicator month by month as a line chart (SWTChart): one line per series (e.g. women, men, everyone at a unit,
 * and the region), months that are suppressed or not measured left as gaps, values on the indicator's scale.
 */
class TrendChart {

    /** A named line and the colour and style it is drawn in. */
    record Line(String name, List<FollowUpTrend.Point> points, int[] rgb, boolean dashed) {
    }

    private static final double MARGIN = 1.1;
    private static final double HALF_MONTH = 0.5;
    private static final int PLOT_SHARE_PERCENT = 75;
    private static final int MINIMUM_TICK_PIXELS = 16;

    private final Chart chart;
    private int shownMonths = 1;

    TrendChart(Composite parent, String yTitle) {
        chart = new Chart(parent, SWT.NONE);
        chart.setData(ClientTags.WIDGET_KEY, "followup.trend");
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getTitle().setText("");
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getAxisSet().getYAxis(0).getTick()
                .setFormat(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(SwedishFormat.SWEDISH)));
        chart.addListener(SWT.Resize, e -> spaceTicks());
    }

    /**
     * Asks for x ticks about a month apart: SWTChart rounds the hinted step to the nearest of 1, 2 or 5 times a power
     * of ten, so a hint between 0.75 and 1.5 months gives whole-month steps and every month its label (the plot
     * area is roughly the chart's width less the y axis and the legend).
     */
    private void spaceTicks() {
        int perMonth = chart.getSize().x * PLOT_SHARE_PERCENT / 100 / shownMonths;
        chart.getAxisSet().getXAxis(0).getTick().setTickMarkStepHint(Math.max(MINIMUM_TICK_PIXELS, perMonth));
    }

    Chart control() {
        return chart;
    }

    /** Removes every line and says in the title why there is none, e.g. that the month has no indicators. */
    void clear(String why) {
        chart.getAxisSet().getYAxis(0).getTitle().setText("");
        ChartAxes.empty(chart, why);
    }

    /**
     * Draws the lines of an indicator over the given months (oldest first) under the given title; a line with no
     * shown month is left out, and when no line has one the chart is cleared with {@code whyEmpty} as its title.
     */
    void show(String title, String whyEmpty, IndicatorDefinition indicator, List<YearMonth> months,
            List<Line> lines) {
        if (lines.stream().allMatch(line -> segments(line.points()).isEmpty())) {
            clear(whyEmpty);
            return;
        }
        chart.suspendUpdate(true);
        try {
            ChartAxes.begin(chart, title);
            chart.getAxisSet().getYAxis(0).getTitle().setText(indicator.scale().unit());
            IAxis x = chart.getAxisSet().getXAxis(0);
            x.getTick().setFormat(new MonthTicks(months));
            shownMonths = months.size();
            spaceTicks();
            double top = 0;
            for (Line line : lines) {
                top = Math.max(top, draw(line, indicator, months));
            }
            x.setRange(new Range(-HALF_MONTH, months.size() - 1 + HALF_MONTH));
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, top == 0 ? 1 : top * MARGIN));
        } finally {
            chart.suspendUpdate(false);
        }
        chart.redraw();
    }

    private double draw(Line line, IndicatorDefinition indicator, List<YearMonth> months) {
        double top = 0;
        List<List<FollowUpTrend.Point>> segments = segments(line.points());
        for (int i = 0; i < segments.size(); i++) {
            List<FollowUpTrend.Point> segment = segments.get(i);
            double[] positions = new double[segment.size()];
            double[] values = new double[segment.size()];
            for (int j = 0; j < segment.size(); j++) {
                positions[j] = months.indexOf(segment.get(j).period());
                values[j] = indicator.scale().scale(segment.get(j).cell().value()).doubleValue();
                top = Math.max(top, values[j]);
            }
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                    line.name() + (i == 0 ? "" : " " + i));
            series.setXSeries(positions);
            series.setYSeries(values);
            series.setVisibleInLegend(i == 0);
            style(series, line);
        }
        return top;
    }

    private static void style(ILineSeries<?> series, Line line) {
        Color colour = new Color(line.rgb()[0], line.rgb()[1], line.rgb()[2]);
        series.setLineColor(colour);
        series.setSymbolColor(colour);
        series.setSymbolType(PlotSymbolType.CIRCLE);
        series.setSymbolSize(3);
        series.setLineWidth(2);
        series.setLineStyle(line.dashed() ? LineStyle.DASH : LineStyle.SOLID);
    }

    /** The runs of consecutive shown months; a suppressed or missing month ends a run. */
    private static List<List<FollowUpTrend.Point>> segments(List<FollowUpTrend.Point> points) {
        List<List<FollowUpTrend.Point>> segments = new ArrayList<>();
        List<FollowUpTrend.Point> current = new ArrayList<>();
        for (FollowUpTrend.Point point : points) {
            if (point.cell().state() == Cell.State.SHOWN) {
                current.add(point);
            } else if (!current.isEmpty()) {
                segments.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    /** Labels the x axis's whole-number positions with their months and leaves positions between months blank. */
    private static final class MonthTicks extends Format {

        private static final long serialVersionUID = 1L;
        private static final double EPSILON = 1e-6;

        private final transient List<YearMonth> months;

        MonthTicks(List<YearMonth> months) {
            this.months = List.copyOf(months);
        }

        @Override
        public StringBuffer format(Object value, StringBuffer text, FieldPosition position) {
            double at = ((Number) value).doubleValue();
            long index = Math.round(at);
            if (Math.abs(at - index) < EPSILON && index >= 0 && index < months.size()) {
                text.append(SwedishFormat.shortMonth(months.get((int) index)));
            }
            return text;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            String rest = source.substring(position.getIndex());
            for (int index = 0; index < months.size(); index++) {
                String label = SwedishFormat.shortMonth(months.get(index));
                if (rest.startsWith(label)) {
                    position.setIndex(position.getIndex() + label.length());
                    return Double.valueOf(index);
                }
            }
            position.setErrorIndex(position.getIndex());
            return null;
        }
    }
}
