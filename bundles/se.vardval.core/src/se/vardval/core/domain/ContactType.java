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
    PHONE_PRESCRIPTION;

    /** The contact type as a Swedish administrator reads it: {@code fysiskt besök}, {@code telefonkontakt}. */
    public String swedishName() {
        return switch (this) {
            case PHYSICAL -> "fysiskt besök";
            case HOME -> "hembesök";
            case PHONE -> "telefonkontakt";
            case DIGITAL -> "digital kontakt";
            case PHONE_PRESCRIPTION -> "receptförnyelse per telefon";
        };
    }
}
