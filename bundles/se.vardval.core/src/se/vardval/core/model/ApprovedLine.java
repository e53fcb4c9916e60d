package se.vardval.core.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A payment line of an approved run (net of its approved corrections) with the month it paid. */
public record ApprovedLine(YearMonth period, PaymentLine line) {

    /**
     * The months from {@code from} up to (not including) {@code until} that are not among the {@code approved} months
     * of approved lines: no run of them is approved (an approved run without any line cannot be told from none).
     */
    public static List<YearMonth> monthsWithout(Set<YearMonth> approved, YearMonth from, YearMonth until) {
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth month = from; month.isBefore(until); month = month.plusMonths(1)) {
            if (!approved.contains(month)) {
                missing.add(month);
            }
        }
        return missing;
    }
}
