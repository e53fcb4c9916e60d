package se.vardval.core.domain;

/** Whether a rulebook may still be edited. */
public enum RulebookStatus {
    /** Being prepared; may change. */
    DRAFT,
    /** Decided politically; immutable. */
    DECIDED
}
