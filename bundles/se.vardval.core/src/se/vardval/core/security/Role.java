package se.vardval.core.security;

/** What a user may do, granted for one vårdval or for all of them. */
public enum Role {
    /** Keeps the register, imports, prepares and decides rulebooks, calculates and exports payments. */
    ADMINISTRATOR("administrator"),
    /** Attests (approves) calculated payment runs and hands approved runs to finance. */
    APPROVER("approver"),
    /** Reads everything and changes nothing. */
    READ_ONLY("read-only");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    /** The role in words, e.g. {@code read-only}. */
    public String title() {
        return title;
    }
}
