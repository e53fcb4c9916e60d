package se.vardval.fotvard.ui.internal;

/** The foot-care views' texts, injected with {@code @Translation} from {@code OSGI-INF/l10n/bundle*.properties}. */
public class Messages {

    public String month;
    public String show;
    public String reading;
    public String noRun;
    public String noRulebook;
    public String summary;
    public String calculated;
    public String approved;
    public String exported;
    public String unit;
    public String allUnits;
    public String count;
    public String amount;
    public String countTip;
    public String amountTip;
    public String homeVisits;
    public String homeAmount;
    public String rejectedCount;
    public String total;
    public String date;
    public String person;
    public String treatment;
    public String riskGroup;
    public String reasonCode;
    public String reason;
    public String modelReason;
    public String noReferral;
    public String paid;
    public String rejected;
    public String chartTitle;
    public String treatments;
    public String reasonNoContract;
    public String reasonNotPodiatrist;
    public String reasonNoReferral;
    public String reasonReferralOtherPerson;
    public String reasonReferralNotYetIssued;
    public String reasonReferralExpired;
    public String reasonRiskGradeI;
    public String reasonUnderMinAge;
    public String reasonOverQuota;
}
