package se.vardval.followup;

import java.math.BigDecimal;
import java.math.MathContext;

import se.vardval.core.domain.Sex;

/**
 * One indicator of a unit (or of the whole vårdval when {@code hsaId} is null) for women, men or, when {@code sex}
 * is null, everyone. {@code count} is the size of the group behind the value, which suppression compares with the
 * minimum count: the persons measured for a computed indicator, the denominator for an imported one.
 */
public record IndicatorValue(String hsaId, String indicator, Sex sex, BigDecimal numerator, BigDecimal denominator,
        long count) {

    /** numerator / denominator, or null when the denominator is zero. */
    public BigDecimal value() {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, MathContext.DECIMAL128);
    }
}
