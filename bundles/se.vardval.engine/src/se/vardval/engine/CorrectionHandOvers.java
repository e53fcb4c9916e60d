package se.vardval.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.vardval.core.model.CostHandOver;

/**
 * The cost hand-overs of a correction run: per unit, period, category and reference, what the month hands over now
 * minus what the paid runs already handed over, so that the receiving unit is charged (or credited) only the change.
 */
final class CorrectionHandOvers {

    private static final Comparator<CostHandOver> ORDER = Comparator.comparing(CostHandOver::hsaId)
            .thenComparing(CostHandOver::period).thenComparing(CostHandOver::category)
            .thenComparing(h -> Objects.toString(h.reference(), ""));

    private CorrectionHandOvers() {
    }

    /** The non-zero differences between {@code current} and the sum of {@code paid}, ordered by their key. */
    static List<CostHandOver> difference(List<CostHandOver> paid, List<CostHandOver> current) {
        Map<CostHandOver, BigDecimal> amounts = new TreeMap<>(ORDER);
        current.forEach(h -> amounts.merge(key(h), rounded(h.amount()), BigDecimal::add));
        paid.forEach(h -> amounts.merge(key(h), rounded(h.amount()).negate(), BigDecimal::add));
        List<CostHandOver> result = new ArrayList<>();
        amounts.forEach((key, amount) -> {
            if (amount.signum() != 0) {
                result.add(new CostHandOver(key.hsaId(), key.period(), key.category(), amount, key.reference()));
            }
        });
        return result;
    }

    private static CostHandOver key(CostHandOver h) {
        return new CostHandOver(h.hsaId(), h.period(), h.category(), BigDecimal.ZERO, h.reference());
    }

    private static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
