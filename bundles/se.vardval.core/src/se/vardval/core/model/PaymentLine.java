package se.vardval.core.model;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One line of a payment run: the amount of one component for one unit. {@code basis} is the quantity the rate
 * applies to, {@code rate} kr per basis unit for the period, {@code amount} the line rounded once to öre.
 */
public record PaymentLine(String hsaId, String component, BigDecimal basis, BigDecimal rate, BigDecimal amount) {

    /** The order of a month's lines: by unit, then by component. */
    public static final Comparator<PaymentLine> ORDER = Comparator.comparing(PaymentLine::hsaId)
            .thenComparing(PaymentLine::component);
}
