package se.vardval.annual;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A saved deficit compensation proposal (its inputs with their sources and the whole calculation) and, once decided,
 * the decision reference, the month of year + 1 it is paid in as {@code DEFICIT_COMPENSATION} lines, and who decided
 * it when.
 */
public record SavedDeficitProposal(DeficitProposal proposal, String savedBy, Instant savedAt, String decision,
        YearMonth payIn, String decidedBy, Instant decidedAt) {

    /** The payment component of decided deficit compensation. */
    public static final String COMPONENT = "DEFICIT_COMPENSATION";

    /** Whether the proposal is decided (and so immutable and scheduled for payment). */
    public boolean decided() {
        return decision != null;
    }
}
