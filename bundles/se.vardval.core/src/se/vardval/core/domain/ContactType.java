package se.vardval.core.domain;

/** How a care contact took place. */
public enum ContactType {
    /** A visit at the unit. */
    PHYSICAL,
    /** A home visit. */
    HOME,
    /** A telephone contact. */
    PHONE,
    /** A digital (video or chat) contact. */
    DIGITAL,
    /** A prescription renewed by telephone; never a paid visit. */
    PHONE_PRESCRIPTION
}
