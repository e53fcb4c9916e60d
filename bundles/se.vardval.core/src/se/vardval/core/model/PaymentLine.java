package se.vardval.core.model;

import java.math.BigDecimal;

/**
 * One line of a payment run: the amount of one component for one unit. {@code basis} is the quantity the rate
 * applies to, {@code rate} kr per basis unit for the period, {@code amount} the line rounded once to öre.
 */
public record PaymentLine(String hsaId, String component, BigDecimal basis, BigDecimal rate, BigDecimal amount) {
}
