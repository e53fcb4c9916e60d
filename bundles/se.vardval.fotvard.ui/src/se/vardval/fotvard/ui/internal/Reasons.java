package se.vardval.fotvard.ui.internal;

import se.vardval.core.model.RejectedItem;

/** The reason of a rejected treatment in the client's language, by the model's reason code. */
record Reasons(Messages messages) {

    /** The reason of the code, or the model's own sentence for a code this view does not know. */
    String text(RejectedItem item) {
        return switch (item.reasonCode()) {
            case "NO_CONTRACT" -> messages.reasonNoContract;
            case "NOT_PODIATRIST" -> messages.reasonNotPodiatrist;
            case "NO_REFERRAL" -> messages.reasonNoReferral;
            case "REFERRAL_OTHER_PERSON" -> messages.reasonReferralOtherPerson;
            case "REFERRAL_NOT_YET_ISSUED" -> messages.reasonReferralNotYetIssued;
            case "REFERRAL_EXPIRED" -> messages.reasonReferralExpired;
            case "RISK_GRADE_I" -> messages.reasonRiskGradeI;
            case "UNDER_MIN_AGE" -> messages.reasonUnderMinAge;
            case "OVER_QUOTA" -> messages.reasonOverQuota;
            default -> item.reason();
        };
    }
}
