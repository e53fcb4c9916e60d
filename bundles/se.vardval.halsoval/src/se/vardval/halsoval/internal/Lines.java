package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.model.PaymentLine;

/** Builds payment lines: each amount rounded once, half-up, to öre; rates shown with six decimals. */
final class Lines {

    /** Decimals of a shown rate; the amount is always computed from exact values, never from the shown rate. */
    static final int RATE_SCALE = 6;

    /** Annual rates are paid as one twelfth per month. */
    static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private Lines() {
    }

    /** Adds the line unless it rounds to zero kronor; the rate is the exact amount per basis unit. */
    static void add(List<PaymentLine> lines, String hsaId, String component, BigDecimal basis, Fraction amount) {
        BigDecimal rounded = amount.round(2);
        if (rounded.signum() == 0) {
            return;
        }
        BigDecimal rate = basis.signum() == 0 ? rounded : amount.dividedBy(basis).round(RATE_SCALE);
        lines.add(new PaymentLine(hsaId, component, plain(basis), plain(rate), rounded));
    }

    /** The number without trailing zeros and never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number for an explanation row: the exact value, plain. */
    static String show(BigDecimal value) {
        return plain(value).toPlainString();
    }

    /** An exact value shown in kronor with {@code scale} decimals, half-up. */
    static String show(Fraction value, int scale) {
        return value.round(scale).toPlainString();
    }
}
