package se.vardval.specialist.internal;

import java.math.BigDecimal;

import se.vardval.core.domain.Activity;

/**
 * What one activity adds to a unit's line of a component: the basis it counts for (1 visit, DRG points, extra days,
 * 1 episode, 1 PROM result) and the exact amount, before the line is rounded; {@code detail} says how it was priced.
 */
record Priced(Activity activity, String hsaId, String component, BigDecimal basis, BigDecimal amount,
        String detail) {
}
