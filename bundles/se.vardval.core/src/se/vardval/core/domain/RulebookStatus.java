package se.vardval.core.domain;

/** Whether a rulebook may still be edited. */
public enum RulebookStatus {
    /** Being prepared; may change. */
    DRAFT("utkast"),
    /** Decided politically; immutable. */
    DECIDED("beslutat");

    private final String swedishName;

    RulebookStatus(String swedishName) {
        this.swedishName = swedishName;
    }

    /** The status in Swedish, as the client shows it, e.g. {@code beslutat}. */
    public String swedishName() {
        return swedishName;
    }
}
