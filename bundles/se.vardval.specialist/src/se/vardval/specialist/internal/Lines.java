package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import se.vardval.core.model.PaymentLine;

/** Builds payment lines: each amount rounded once, half-up, to öre; rates shown with six decimals. */
final class Lines {

    /** Decimals of a shown rate; the amount is always computed from exact values, never from the shown rate. */
    static final int RATE_SCALE = 6;

    /** Annual amounts are paid as one twelfth per month. */
    static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Lines() {
    }

    /**
     * Adds the line of amount {@code numerator / denominator} unless it rounds to zero kronor; the rate is the exact
     * amount per basis unit.
     */
    static void add(List<PaymentLine> lines, String hsaId, String component, BigDecimal basis, BigDecimal numerator,
            BigDecimal denominator) {
        BigDecimal rounded = numerator.divide(denominator, 2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return;
        }
        BigDecimal rate = basis.signum() == 0 ? rounded
                : numerator.divide(denominator.multiply(basis), RATE_SCALE, RoundingMode.HALF_UP);
        lines.add(new PaymentLine(hsaId, component, plain(basis), plain(rate), rounded));
    }

    /** The number without trailing zeros and never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number for an explanation: plain. */
    static String show(BigDecimal value) {
        return plain(value).toPlainString();
    }
}
