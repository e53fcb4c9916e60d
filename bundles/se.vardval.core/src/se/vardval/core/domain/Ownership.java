package se.vardval.core.domain;

/** A provider's form of ownership (driftform). */
public enum Ownership {
    /** Run by the region itself (egenregi). */
    REGION_RUN,
    /** A private provider. */
    PRIVATE,
    /** A municipality or a joint committee with one. */
    MUNICIPAL,
    /** Any other form. */
    OTHER
}
