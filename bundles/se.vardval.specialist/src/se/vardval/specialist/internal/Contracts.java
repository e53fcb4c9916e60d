package se.vardval.specialist.internal;

import java.util.List;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Contract;

/** Whether an activity's unit had a contract in the vårdval on the activity's day. */
final class Contracts {

    private Contracts() {
    }

    static boolean covers(List<Contract> contracts, Activity a) {
        return contracts.stream().anyMatch(c -> c.hsaId().equals(a.hsaId()) && c.validOn(a.date()));
    }

    /** The reason an activity of a unit without a contract that day is not paid. */
    static Unpaid noContract(Activity a) {
        return new Unpaid(a, "NO_CONTRACT", "enheten har inget avtal i vårdvalet den " + a.date());
    }
}
