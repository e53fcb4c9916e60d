package se.vardval.followup;

import java.math.BigDecimal;

/** How an indicator's value (numerator / denominator) is shown. */
public enum IndicatorScale {
    /** A share shown in per cent. */
    PERCENT(100, "%"),
    /** A rate shown per 1 000 (e.g. prescriptions per 1 000 listed persons). */
    PER_THOUSAND(1000, "per 1 000");

    private final BigDecimal factor;
    private final String unit;

    IndicatorScale(int factor, String unit) {
        this.factor = BigDecimal.valueOf(factor);
        this.unit = unit;
    }

    /** The value on this scale, e.g. 0.873 as 87.3 per cent. */
    public BigDecimal scale(BigDecimal value) {
        return value.multiply(factor);
    }

    /** The unit written after a scaled value. */
    public String unit() {
        return unit;
    }
}
