package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.RunInputs;
import se.vardval.tandvard.RiskPoolDistribution;

/**
 * What the risk-pool payout reads from the vårdval's history for the pool year, the twelve months ending with the
 * payout month: per earlier month, the RISK_POOL amounts of its approved run and approved corrections (negative, as
 * withheld), of which earlier months any line is approved, and the high-need treatments per treating clinic dated in
 * the pool year.
 */
record PoolYear(YearMonth payoutMonth, Map<YearMonth, BigDecimal> withheld, Set<YearMonth> approvedMonths,
        Map<String, Long> highNeedTreatments) {

    /** The months of a pool year. */
    static final int MONTHS = 12;

    /**
     * Reads the pool year ending with the inputs' month from the vårdval's history: the approved lines of its
     * earlier months and the activities dated in it.
     */
    static PoolYear read(RunInputs inputs) {
        YearMonth payout = inputs.period();
        YearMonth first = payout.minusMonths(MONTHS - 1L);
        Map<YearMonth, BigDecimal> withheld = new TreeMap<>();
        Set<YearMonth> approved = new TreeSet<>();
        for (ApprovedLine paid : inputs.approvedLines(first, payout.minusMonths(1))) {
            approved.add(paid.period());
            if (paid.line().component().equals(RiskPool.CODE)) {
                withheld.merge(paid.period(), paid.line().amount(), BigDecimal::add);
            }
        }
        Map<String, Long> treatments = new TreeMap<>();
        inputs.forEachActivityBetween(first.atDay(1), payout.atEndOfMonth(), activity -> {
            if (RiskPoolDistribution.isHighNeed(activity)) {
                treatments.merge(activity.hsaId(), 1L, Long::sum);
            }
        });
        return new PoolYear(payout, withheld, approved, treatments);
    }

    /** The pool year's first month. */
    YearMonth firstMonth() {
        return payoutMonth.minusMonths(MONTHS - 1L);
    }

    /**
     * The months before the payout month of which no line is approved (an approved run without any line cannot be
     * told from none), so that nothing they withhold is known.
     */
    List<YearMonth> unapprovedMonths() {
        return ApprovedLine.monthsWithout(approvedMonths, firstMonth(), payoutMonth);
    }
}
