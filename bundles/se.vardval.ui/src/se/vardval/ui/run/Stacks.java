package se.vardval.ui.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each series' part of each category's bar ends (0: no part), payments stacked upward from zero and deductions
 * downward in the series' order: a part reaches from the end of the one before it on its side to the sum of its own
 * and the earlier series' amounts on that side.
 */
record Stacks(Map<String, double[]> up, Map<String, double[]> down) {

    /** The data's series stacked in their order. */
    static Stacks of(ChartData data) {
        int size = data.categories().size();
        double[] upSums = new double[size];
        double[] downSums = new double[size];
        Map<String, double[]> up = new LinkedHashMap<>();
        Map<String, double[]> down = new LinkedHashMap<>();
        data.series().forEach((code, values) -> {
            up.put(code, ends(values, upSums, true));
            down.put(code, ends(values, downSums, false));
        });
        return new Stacks(up, down);
    }

    /**
     * The series whose part of a category's bar covers an amount on the y axis: above zero a payment, else a
     * deduction; null beyond the bar's end.
     */
    String seriesAt(int category, double amount) {
        for (Map.Entry<String, double[]> series : (amount > 0 ? up : down).entrySet()) {
            double end = series.getValue()[category];
            if (end != 0 && Math.abs(end) >= Math.abs(amount)) {
                return series.getKey();
            }
        }
        return null;
    }

    /** Adds the values on one side of zero to the running sums, and gives where each category's part ends. */
    private static double[] ends(double[] values, double[] sums, boolean positive) {
        double[] ends = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && values[i] > 0 == positive) {
                sums[i] += values[i];
                ends[i] = sums[i];
            }
        }
        return ends;
    }
}
