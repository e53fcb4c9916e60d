package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An amount decided outside the reimbursement model (e.g. a deficit compensation decided by the regional board), paid
 * to a unit as a line of component {@code component} in its vårdval's run of {@code period}. {@code origin} names what
 * it pays (e.g. {@code deficit compensation 2024}; one payment per vårdval, unit, component and origin) and
 * {@code decision} is the decision's reference.
 */
public record DecidedPayment(String careChoice, YearMonth period, String hsaId, String component, BigDecimal amount,
        String origin, String decision) {
}
