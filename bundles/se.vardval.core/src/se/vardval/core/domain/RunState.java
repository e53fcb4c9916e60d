package se.vardval.core.domain;

/** The life cycle of a payment run. */
public enum RunState {
    /** Computed, may be discarded or approved. */
    CALCULATED("beräknad"),
    /** Attested by an approver; never changed again. */
    APPROVED("attesterad"),
    /** Handed to the finance system. */
    EXPORTED("exporterad");

    private final String swedishName;

    RunState(String swedishName) {
        this.swedishName = swedishName;
    }

    /** The state in Swedish, as the client shows it and a refusal names it, e.g. {@code attesterad}. */
    public String swedishName() {
        return swedishName;
    }
}
