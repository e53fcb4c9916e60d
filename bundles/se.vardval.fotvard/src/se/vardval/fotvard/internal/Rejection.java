package se.vardval.fotvard.internal;

/**
 * Why a treatment is not paid: a reason code the provider reads in its specification, in the order the checks are
 * made.
 */
enum Rejection {
    /** The treating unit has no foot-care contract in the month. */
    NO_CONTRACT,
    /** The treatment was not given by a podiatrist. */
    NOT_PODIATRIST,
    /** The treatment names no referral, or one that is not known. */
    NO_REFERRAL,
    /** The referral was issued for another person. */
    REFERRAL_OTHER_PERSON,
    /** The treatment was given before the referral was issued. */
    REFERRAL_NOT_YET_ISSUED,
    /** The treatment was given after the referral's last valid day. */
    REFERRAL_EXPIRED,
    /** The referral is for risk grade I (healthy feet), which is not paid. */
    RISK_GRADE_I,
    /** The person was younger than {@code minAge} on the day of treatment. */
    UNDER_MIN_AGE,
    /** The person's paid treatments in the referral year had already reached the risk group's quota. */
    OVER_QUOTA
}
