package se.vardval.core.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;

/** One measured indicator of a unit for a period; a null {@code sex} means women and men together. */
public record Indicator(String hsaId, YearMonth period, String indicator, Sex sex, BigDecimal numerator,
        BigDecimal denominator) {

    /** numerator / denominator, or null when the denominator is zero. */
    public BigDecimal value() {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, MathContext.DECIMAL128);
    }
}
