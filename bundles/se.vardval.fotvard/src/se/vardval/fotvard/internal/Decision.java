package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.RejectedItem;

/**
 * What became of one treatment: paid under its referral (with the fee, the patient fee deducted and the home-visit
 * supplement) or rejected with a reason code and a sentence the provider can read. {@code referral} is null when none
 * was found.
 */
record Decision(Activity treatment, Referral referral, Rejection rejection, String reason, BigDecimal fee,
        BigDecimal patientFeeDeducted, BigDecimal homeVisitSupplement) {

    /** A paid treatment. */
    static Decision paid(Activity treatment, Referral referral, BigDecimal fee, BigDecimal patientFeeDeducted,
            BigDecimal homeVisitSupplement) {
        return new Decision(treatment, referral, null, null, fee, patientFeeDeducted, homeVisitSupplement);
    }

    /** A rejected treatment. */
    static Decision rejected(Activity treatment, Referral referral, Rejection rejection, String reason) {
        return new Decision(treatment, referral, rejection, reason, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    boolean isPaid() {
        return rejection == null;
    }

    /** The rejected treatment as the run stores it: unit, activity, person, day, reason code and reason. */
    RejectedItem rejectedItem() {
        return new RejectedItem(treatment.hsaId(), treatment.activityId(), treatment.personId(), treatment.date(),
                rejection.name(), reason);
    }

    /** Whether a home-visit supplement is paid with the treatment. */
    boolean isHomeVisit() {
        return homeVisitSupplement.signum() > 0;
    }

    /** The treatment's fee net of the patient fee deducted, exact (lines are rounded once, over their sum). */
    BigDecimal netFee() {
        return fee.subtract(patientFeeDeducted);
    }

    /** What the region pays for the treatment, the net fee and the home-visit supplement, rounded to öre. */
    BigDecimal total() {
        return netFee().add(homeVisitSupplement).setScale(2, RoundingMode.HALF_UP);
    }
}
