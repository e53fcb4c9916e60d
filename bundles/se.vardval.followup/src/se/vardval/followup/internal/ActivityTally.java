package se.vardval.followup.internal;

import java.util.List;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.followup.IndicatorValue;

/** An indicator computed from the activities streamed through it. */
interface ActivityTally {

    /** Counts one activity of the vårdval (the tally ignores what it does not measure). */
    void accept(Activity activity);

    /** The indicator's values per unit and sex. */
    List<IndicatorValue> values();

    /** Every contact counts as a visit except a prescription renewed by telephone. */
    static boolean isVisit(Activity activity) {
        return activity.contactType() != ContactType.PHONE_PRESCRIPTION;
    }
}
