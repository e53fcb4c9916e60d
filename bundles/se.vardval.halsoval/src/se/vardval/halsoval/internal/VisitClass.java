package se.vardval.halsoval.internal;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.RunInputs;
import se.vardval.halsoval.internal.HalsovalParameters.ProfessionGroup;

/**
 * How one activity is paid: the kind of visit, its profession group, and the unit where the person was listed on
 * the visit's date (null when not listed or out of county).
 */
record VisitClass(Kind kind, ProfessionGroup group, String listingUnit) {

    /** The kinds of activity the variable payment tells apart. */
    enum Kind {
        /** A telephone prescription or an activity of another vårdval or month: never a paid visit. */
        NOT_PAID,
        /** A visit by a person listed at the unit itself: no variable payment. */
        OWN_UNIT,
        /** A visit by a person listed at another unit. */
        OTHER_LISTED,
        /** A visit by a person not listed in the vårdval. */
        UNLISTED,
        /** A visit by a person from another county. */
        OUT_OF_COUNTY
    }

    /** Classifies an activity of the run; the listing is looked up on the visit's date. */
    static VisitClass of(Activity activity, RunInputs inputs) {
        ProfessionGroup group = ProfessionGroup.of(activity.profession());
        if (activity.contactType() == ContactType.PHONE_PRESCRIPTION || !inputs.inRun(activity)) {
            return new VisitClass(Kind.NOT_PAID, group, null);
        }
        if (activity.outOfCounty()) {
            return new VisitClass(Kind.OUT_OF_COUNTY, group, null);
        }
        return listed(activity.hsaId(), inputs.listedUnitOn(activity.personId(), activity.date()).orElse(null), group);
    }

    /** Classifies a group of the run's activities, all alike in what decides how they are paid. */
    static VisitClass of(ActivityGroup activities) {
        ProfessionGroup group = ProfessionGroup.of(activities.profession());
        if (activities.contactType() == ContactType.PHONE_PRESCRIPTION) {
            return new VisitClass(Kind.NOT_PAID, group, null);
        }
        if (activities.outOfCounty()) {
            return new VisitClass(Kind.OUT_OF_COUNTY, group, null);
        }
        return listed(activities.hsaId(), activities.listedAt(), group);
    }

    private static VisitClass listed(String hsaId, String listedAt, ProfessionGroup group) {
        if (listedAt == null) {
            return new VisitClass(Kind.UNLISTED, group, null);
        }
        return new VisitClass(listedAt.equals(hsaId) ? Kind.OWN_UNIT : Kind.OTHER_LISTED, group, listedAt);
    }
}
