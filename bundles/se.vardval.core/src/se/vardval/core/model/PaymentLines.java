package se.vardval.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The rounding rule of a payment line for every model: the amount is computed from exact values and rounded once,
 * half-up, to öre; the rate shown beside it is the exact amount per basis unit with six decimals.
 */
public final class PaymentLines {

    /** Decimals of a shown rate; the amount is always computed from exact values, never from the shown rate. */
    public static final int RATE_SCALE = 6;

    /** Annual amounts are paid as one twelfth per month. */
    public static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    /** A hundred, for percentages. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PaymentLines() {
    }

    /**
     * Adds the line of amount {@code numerator / denominator}, divided once and rounded once, unless it rounds to zero
     * kronor; the rate is the exact amount per basis unit (the amount itself when the basis is zero).
     */
    public static void add(List<PaymentLine> lines, String hsaId, String component, BigDecimal basis,
            BigDecimal numerator, BigDecimal denominator) {
        BigDecimal rounded = numerator.divide(denominator, 2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return;
        }
        BigDecimal rate = basis.signum() == 0 ? rounded
                : numerator.divide(denominator.multiply(basis), RATE_SCALE, RoundingMode.HALF_UP);
        lines.add(new PaymentLine(hsaId, component, plain(basis), plain(rate), rounded));
    }

    /** The number without trailing zeros and never in exponent form. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A number for an explanation's rows: plain, as text. */
    public static String show(BigDecimal value) {
        return plain(value).toPlainString();
    }

    /**
     * How a line's amount arose, for an explanation's summary: {@code underlag 2 × à-pris 100 = 200,00 kr (avrundat
     * en gång från det exakta beloppet)}.
     */
    public static String describe(PaymentLine line) {
        return "underlag " + SwedishNumbers.decimal(line.basis()) + " × à-pris " + SwedishNumbers.decimal(line.rate())
                + " = " + SwedishNumbers.kronor(line.amount()) + " (avrundat en gång från det exakta beloppet)";
    }
}
