package se.vardval.fotvard.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;

/**
 * The referrals of a run by id, from referral activities (codes {@code referral=<id>|risk=<1..4>}, a physical visit at
 * the referring unit, valid {@code referralValidMonths}) and from any other source; when an id is given twice the
 * earliest issued counts. Referral activities that are not physical visits are left out and named.
 */
final class Referrals {

    /** The activity code that makes an activity a referral: its risk grade. */
    static final String RISK = "risk";

    private static final Comparator<Referral> EARLIEST = Comparator.comparing(Referral::issued)
            .thenComparing(Referral::source);

    private final Map<String, Referral> byId = new TreeMap<>();
    private final List<Activity> notPhysical = new ArrayList<>();
    private final int validMonths;

    /** Referrals whose activities are valid the given number of months. */
    Referrals(int validMonths) {
        this.validMonths = validMonths;
    }

    /** Whether the activity records a referral rather than a treatment. */
    static boolean isReferral(Activity activity) {
        return activity.codes().containsKey(RISK);
    }

    /** Adds the referral an activity records; returns false when the activity is no referral. */
    boolean addActivity(Activity a) {
        if (!isReferral(a)) {
            return false;
        }
        String id = a.codes().get(Judge.REFERRAL);
        if (a.contactType() != ContactType.PHYSICAL || id == null) {
            notPhysical.add(a);
            return true;
        }
        add(new Referral(id, a.personId(), a.date(), Integer.parseInt(a.codes().get(RISK)), validMonths, a.hsaId(),
                "activity " + a.activityId()));
        return true;
    }

    /** Adds a referral; the earlier issued of two with one id is kept. */
    void add(Referral referral) {
        byId.merge(referral.id(), referral, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
    }

    /** The referrals by id. */
    Map<String, Referral> byId() {
        return byId;
    }

    /** The referral activities that could not be used: not a physical visit, or without a referral id. */
    List<Activity> unusable() {
        return notPhysical;
    }
}
