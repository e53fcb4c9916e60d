package se.vardval.fotvard.internal;

import java.math.BigDecimal;

/**
 * A paid treatment's cost handed over to the unit where the person is listed in the vårdval the rulebook names, on the
 * day of treatment: what the region paid for it, with the treatment's activity id as reference.
 */
record HandOver(String hsaId, BigDecimal amount, String reference, Decision decision) {
}
