package se.vardval.core.security;

/** What a user may do, granted for one vårdval or for all of them. */
public enum Role {
    /** Keeps the register, imports, prepares and decides rulebooks, calculates and exports payments. */
    ADMINISTRATOR("administratör"),
    /** Attests (approves) calculated payment runs and hands approved runs to finance. */
    APPROVER("attestant"),
    /** Reads everything and changes nothing. */
    READ_ONLY("läsbehörig");

    private final String swedishTitle;

    Role(String swedishTitle) {
        this.swedishTitle = swedishTitle;
    }

    /** The role in Swedish words, as a refusal names it, e.g. {@code läsbehörig}. */
    public String swedishTitle() {
        return swedishTitle;
    }
}
