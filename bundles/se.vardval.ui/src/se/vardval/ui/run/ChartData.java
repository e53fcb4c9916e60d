package se.vardval.ui.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.model.PaymentLine;
import se.vardval.ui.run.RunSummary.UnitTotal;

/** What a stacked bar chart shows: the categories along the x axis and, per series, a value for each category. */
public record ChartData(List<String> categories, Map<String, double[]> series) {

    /** The run's amount per unit (categories) and component (series). */
    public static ChartData perUnit(RunSummary summary) {
        List<UnitTotal> units = summary.units();
        Map<String, double[]> series = new LinkedHashMap<>();
        for (String component : summary.components()) {
            double[] values = new double[units.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = RunSummary.amount(units.get(i), component).doubleValue();
            }
            series.put(component, values);
        }
        return new ChartData(units.stream().map(u -> u.unit().name()).toList(), series);
    }

    /** Several runs' amounts per month (categories, one run's lines each, in the order given) and component. */
    public static ChartData perMonth(List<String> months, List<List<PaymentLine>> runs) {
        Map<String, double[]> series = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (PaymentLine line : runs.get(i)) {
                series.computeIfAbsent(line.component(), c -> new double[months.size()])[i] += line.amount()
                        .doubleValue();
            }
        }
        Map<String, double[]> sorted = new LinkedHashMap<>();
        series.keySet().stream().sorted().forEach(c -> sorted.put(c, series.get(c)));
        return new ChartData(months, sorted);
    }

    /** The sum of the positive values per category: the top of the upward stack. */
    public double[] positiveTotals() {
        return totals(true);
    }

    /** The sum of the negative values per category: the bottom of the downward stack. */
    public double[] negativeTotals() {
        return totals(false);
    }

    private double[] totals(boolean positive) {
        double[] totals = new double[categories.size()];
        for (double[] values : series.values()) {
            for (int i = 0; i < totals.length; i++) {
                if (values[i] > 0 == positive && values[i] != 0) {
                    totals[i] += values[i];
                }
            }
        }
        return totals;
    }
}
