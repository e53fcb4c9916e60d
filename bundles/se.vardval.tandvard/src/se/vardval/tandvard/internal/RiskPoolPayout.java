package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.tandvard.RiskPoolDistribution;
import se.vardval.tandvard.internal.TandvardParameters.PayoutTo;

/**
 * {@code RISK_POOL_PAYOUT}: in the run of the rulebook's {@code riskPool.payoutMonth}, the pool withheld over the
 * pool year (the approved RISK_POOL lines of its earlier months and this run's own) is paid out in proportion to
 * the high-need treatments of the pool year at the clinics that share it (those with a contract in the payout month;
 * with {@code payoutTo} PRIVATE only private providers' clinics), by {@link RiskPoolDistribution}, so that the
 * payouts sum exactly to the pool. It is an ordinary line of an ordinary run, approved and corrected like any.
 */
final class RiskPoolPayout {

    static final String CODE = "RISK_POOL_PAYOUT";

    /** The pool and how it is shared: the clinics' counted and uncounted treatments and their payouts. */
    record Payout(YearMonth firstMonth, YearMonth payoutMonth, Map<YearMonth, BigDecimal> withheld, BigDecimal pool,
            Map<String, Long> counted, Map<String, Long> notCounted, Map<String, BigDecimal> payouts) {

        long treatments() {
            return counted.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private RiskPoolPayout() {
    }

    /** Whether the run's month is the rulebook's payout month. */
    static boolean isPayoutMonth(RunContext run) {
        return run.inputs().period().getMonthValue() == run.parameters().riskPool().payoutMonth();
    }

    /**
     * Shares the pool of {@code year} and of this month's RISK_POOL lines among {@code lines}; a pool without any
     * counted treatment, or not above zero, pays nothing.
     */
    static Payout compute(RunContext run, List<PaymentLine> lines, PoolYear year) {
        Map<YearMonth, BigDecimal> withheld = new TreeMap<>(year.withheld());
        withheld.put(year.payoutMonth(), lines.stream().filter(l -> l.component().equals(RiskPool.CODE))
                .map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal pool = withheld.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        Map<String, Long> counted = new TreeMap<>();
        Map<String, Long> notCounted = new TreeMap<>();
        year.highNeedTreatments().forEach((hsaId, n) -> (shares(run, hsaId) ? counted : notCounted).put(hsaId, n));
        long treatments = counted.values().stream().mapToLong(Long::longValue).sum();
        Map<String, BigDecimal> payouts = pool.signum() > 0 && treatments > 0
                ? RiskPoolDistribution.distribute(pool, counted)
                : Map.of();
        return new Payout(year.firstMonth(), year.payoutMonth(), withheld, pool, counted, notCounted, payouts);
    }

    /** Whether the clinic shares the pool: a contract in the payout month and, with PRIVATE, a private provider. */
    static boolean shares(RunContext run, String hsaId) {
        return run.units().contains(hsaId)
                && (run.parameters().riskPool().payoutTo() == PayoutTo.ALL || run.units().isPrivate(hsaId));
    }

    /** Adds the payout lines to this payout month's {@code lines} and warns of what the pool could not include. */
    static void addLines(RunContext run, List<PaymentLine> lines, PoolYear year) {
        Payout payout = compute(run, lines, year);
        payout.payouts().forEach((hsaId, amount) -> {
            if (amount.signum() != 0) {
                long n = payout.counted().get(hsaId);
                lines.add(new PaymentLine(hsaId, CODE, BigDecimal.valueOf(n), rate(payout), amount));
            }
        });
        warn(run, payout, year);
    }

    /** The pool per counted treatment, for the lines' rate column. */
    static BigDecimal rate(Payout payout) {
        return PaymentLines.plain(payout.pool().divide(BigDecimal.valueOf(payout.treatments()), PaymentLines.RATE_SCALE,
                RoundingMode.HALF_UP));
    }

    private static void warn(RunContext run, Payout payout, PoolYear year) {
        String span = payout.firstMonth() + "–" + payout.payoutMonth();
        List<YearMonth> unapproved = year.unapprovedMonths();
        if (!unapproved.isEmpty()) {
            run.warn(null, "RISK_POOL_MONTH_NOT_APPROVED", "Riskpoolen för " + span + " saknar "
                    + unapproved.stream().map(YearMonth::toString).collect(Collectors.joining(", "))
                    + ": de månaderna har ingen attesterad körning. När de har attesterats: beräkna "
                    + payout.payoutMonth() + " igen, eller korrigera den om den redan är attesterad, så betalas det"
                    + " som de håller inne ut.");
        }
        if (payout.pool().signum() > 0 && payout.payouts().isEmpty()) {
            run.warn(null, "RISK_POOL_NOT_PAID", "Riskpoolen på " + SwedishNumbers.kronor(payout.pool()) + " ("
                    + span + ") betalas inte ut: ingen behandling vid stort vårdbehov vid en klinik som delar den.");
        }
        if (payout.pool().signum() < 0) {
            run.warn(null, "RISK_POOL_NOT_PAID", "Riskpoolen för " + span + " är negativ ("
                    + SwedishNumbers.kronor(payout.pool()) + ") och betalas inte ut.");
        }
        payout.notCounted().forEach((hsaId, n) -> run.warn(hsaId, "RISK_POOL_TREATMENTS_NOT_COUNTED",
                "Behandlingar vid stort vårdbehov under " + span + " som inte delar riskpoolen: " + n + "; kliniken "
                        + (run.units().contains(hsaId) ? "tillhör inte en privat vårdgivare (payoutTo PRIVATE)"
                                : "har inget avtal i " + payout.payoutMonth())
                        + "."));
    }
}
