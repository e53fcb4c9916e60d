package se.vardval.core.domain;

/** Legal sex as derived from a personnummer. */
public enum Sex {
    /** Female. */
    F,
    /** Male. */
    M
}
