package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.specialist.internal.SpecialistParameters.Ceiling;

/**
 * {@code CEILING} (takbelopp) as a pure function: a provider's production of the month above what is left of its
 * annual ceiling after the earlier months' paid production is paid at {@code ratePercent}; the month that crosses the
 * ceiling is split, and only its part above is reduced. The provider's part above is shared among its units in
 * proportion to their production of the month (largest remainder in öre, ties by HSA-id); each unit's line is that
 * part × −(100 − ratePercent) / 100, rounded once.
 */
final class CeilingSplit {

    private CeilingSplit() {
    }

    /** A provider's production of the year before the month and of the month per unit (rounded line amounts). */
    record ProviderYear(BigDecimal earlier, Map<String, BigDecimal> monthByUnit) {

        BigDecimal month() {
            return monthByUnit.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** The part of the month's production above the ceiling. */
        BigDecimal above(BigDecimal ceiling) {
            BigDecimal before = earlier.subtract(ceiling).max(BigDecimal.ZERO);
            BigDecimal after = earlier.add(month()).subtract(ceiling).max(BigDecimal.ZERO);
            return after.subtract(before);
        }
    }

    /** The CEILING lines of one provider, none when its month stays under the ceiling or the rate is 100 %. */
    static List<PaymentLine> lines(ProviderYear year, Ceiling ceiling) {
        List<PaymentLine> lines = new ArrayList<>();
        BigDecimal above = year.above(ceiling.annualAmount());
        BigDecimal reduction = PaymentLines.HUNDRED.subtract(ceiling.ratePercent());
        if (!ceiling.applies() || above.signum() <= 0 || reduction.signum() == 0) {
            return lines;
        }
        share(above, year.monthByUnit()).forEach((hsaId, part) -> PaymentLines.add(lines, hsaId,
                Components.CEILING, part, part.multiply(reduction).negate(), PaymentLines.HUNDRED));
        return lines;
    }

    /** Shares an amount in öre among the units in proportion to their weights, by the largest remainder. */
    static Map<String, BigDecimal> share(BigDecimal amount, Map<String, BigDecimal> weights) {
        BigInteger ore = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigInteger> shares = new TreeMap<>();
        List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
        BigInteger left = ore;
        for (Map.Entry<String, BigDecimal> e : new TreeMap<>(weights).entrySet()) {
            BigDecimal exact = new BigDecimal(ore).multiply(e.getValue()).divide(total, 10, RoundingMode.DOWN);
            BigInteger whole = exact.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
            shares.put(e.getKey(), whole);
            remainders.add(Map.entry(e.getKey(), exact.subtract(new BigDecimal(whole))));
            left = left.subtract(whole);
        }
        remainders.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < left.intValueExact(); i++) {
            shares.merge(remainders.get(i).getKey(), BigInteger.ONE, BigInteger::add);
        }
        Map<String, BigDecimal> result = new TreeMap<>();
        shares.forEach((hsaId, share) -> {
            if (share.signum() != 0) {
                result.put(hsaId, new BigDecimal(share, 2));
            }
        });
        return result;
    }
}
