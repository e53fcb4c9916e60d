package se.vardval.core.domain;

/** The life cycle of a payment run. */
public enum RunState {
    /** Computed, may be discarded or approved. */
    CALCULATED,
    /** Attested by an approver; never changed again. */
    APPROVED,
    /** Handed to the finance system. */
    EXPORTED
}
