package se.vardval.core.security;

/** What a user may do, granted for one vårdval or for all of them. */
public enum Role {
    /** Keeps the register, imports, prepares and decides rulebooks, calculates and exports payments. */
    ADMINISTRATOR("administrator", "administratör"),
    /** Attests (approves) calculated payment runs and hands approved runs to finance. */
    APPROVER("approver", "attestant"),
    /** Reads everything and changes nothing. */
    READ_ONLY("read-only", "läsbehörig");

    private final String title;
    private final String swedishTitle;

    Role(String title, String swedishTitle) {
        this.title = title;
        this.swedishTitle = swedishTitle;
    }

    /** The role in words, e.g. {@code read-only}. */
    public String title() {
        return title;
    }

    /** The role in Swedish words, as a refusal names it, e.g. {@code läsbehörig}. */
    public String swedishTitle() {
        return swedishTitle;
    }
}
