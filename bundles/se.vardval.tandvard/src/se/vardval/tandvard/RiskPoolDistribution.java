package se.vardval.tandvard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Activity;

/**
 * The year-end payout of the Tandvård risk pool in proportion to documented high-need treatments, as a pure
 * function; the model pays it as RISK_POOL_PAYOUT lines in the run of the rulebook's payout month.
 */
public final class RiskPoolDistribution {

    /** The activity code that documents a high-need treatment ({@code high_need=true}). */
    public static final String HIGH_NEED_KEY = "high_need";

    private static final Comparator<Map.Entry<String, BigInteger>> LARGEST_REMAINDER_FIRST = (a, b) -> {
        int byRemainder = b.getValue().compareTo(a.getValue());
        return byRemainder != 0 ? byRemainder : a.getKey().compareTo(b.getKey());
    };

    private RiskPoolDistribution() {
    }

    /** Whether the activity documents a high-need treatment: coded {@code high_need=true}. */
    public static boolean isHighNeed(Activity activity) {
        return "true".equals(activity.codes().get(HIGH_NEED_KEY));
    }

    /** Counts the activities coded {@code high_need=true} per treating clinic (HSA-id). */
    public static Map<String, Long> highNeedTreatments(Iterable<Activity> activities) {
        Map<String, Long> counts = new TreeMap<>();
        for (Activity a : activities) {
            if (isHighNeed(a)) {
                counts.merge(a.hsaId(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * Distributes {@code pool} kr among the clinics in proportion to their high-need treatments, by the largest
     * remainder method in öre: each clinic first gets its exact share {@code pool × n / N} rounded down to whole öre;
     * the öre left over (fewer than the number of clinics) go one each to the clinics with the largest remainders of
     * that division, equal remainders in ascending order of HSA-id. The payouts therefore sum exactly to
     * {@code pool}; a clinic with no treatment gets 0.
     *
     * @param pool the withheld amount, in kr with at most two decimals, not negative
     * @param treatments high-need treatments per HSA-id, none negative
     * @return the payout per HSA-id (every clinic of {@code treatments}), in kr with two decimals
     * @throws IllegalArgumentException when the pool is negative or has fractions of öre, a count is negative, or
     *             the pool is not zero and there is no treatment to pay it out for
     */
    public static Map<String, BigDecimal> distribute(BigDecimal pool, Map<String, Long> treatments) {
        if (pool.signum() < 0 || pool.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("the pool must be a non-negative amount in whole öre: " + pool);
        }
        if (treatments.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("a count of high-need treatments is negative");
        }
        BigInteger ore = pool.movePointRight(2).toBigIntegerExact();
        BigInteger total = BigInteger.valueOf(treatments.values().stream().mapToLong(Long::longValue).sum());
        if (total.signum() == 0 && ore.signum() != 0) {
            throw new IllegalArgumentException("no high-need treatments to pay the pool of " + pool.toPlainString()
                    + " kr out for");
        }
        Map<String, BigInteger> shares = new TreeMap<>();
        List<Map.Entry<String, BigInteger>> remainders = new ArrayList<>();
        BigInteger left = ore;
        for (Map.Entry<String, Long> e : new TreeMap<>(treatments).entrySet()) {
            BigInteger[] division = total.signum() == 0 ? new BigInteger[] { BigInteger.ZERO, BigInteger.ZERO }
                    : ore.multiply(BigInteger.valueOf(e.getValue())).divideAndRemainder(total);
            shares.put(e.getKey(), division[0]);
            remainders.add(Map.entry(e.getKey(), division[1]));
            left = left.subtract(division[0]);
        }
        remainders.sort(LARGEST_REMAINDER_FIRST);
        for (int i = 0; i < left.intValueExact(); i++) {
            shares.merge(remainders.get(i).getKey(), BigInteger.ONE, BigInteger::add);
        }
        Map<String, BigDecimal> payouts = new TreeMap<>();
        shares.forEach((hsaId, share) -> payouts.put(hsaId, new BigDecimal(share, 2)));
        return payouts;
    }
}
