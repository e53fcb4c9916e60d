package se.vardval.core.model;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/**
 * Gathers a month's activities into {@link ActivityGroup}s, the reference for how an activity is grouped: by the unit
 * where it was made, the unit where the person was listed on its date, its contact type, profession and out-of-county
 * mark, and whether an unlisted person is unknown to the register.
 */
public final class ActivityGroups {

    private static final Comparator<String> LISTED_AT_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    /** A group's key, ordered by unit, listing unit (listed nowhere first), contact type, profession and marks. */
    private record Key(String hsaId, String listedAt, ContactType contactType, Profession profession,
            boolean outOfCounty, boolean unknownPerson) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int order = hsaId.compareTo(other.hsaId);
            if (order == 0) {
                order = LISTED_AT_ORDER.compare(listedAt, other.listedAt);
            }
            if (order == 0) {
                order = contactType.compareTo(other.contactType);
            }
            if (order == 0) {
                order = profession.compareTo(other.profession);
            }
            if (order == 0) {
                order = Boolean.compare(outOfCounty, other.outOfCounty);
            }
            return order != 0 ? order : Boolean.compare(unknownPerson, other.unknownPerson);
        }
    }

    /** The running count and fee sum of one group. */
    private static final class Sums {
        private int activities;
        private BigDecimal patientFees = BigDecimal.ZERO;
    }

    private final Map<Key, Sums> sums = new HashMap<>();

    /**
     * Counts an activity by a person listed at {@code listedAt} on its date (null when listed nowhere);
     * {@code unknownPerson} says that such an unlisted person is not in the register.
     */
    public void add(Activity activity, String listedAt, boolean unknownPerson) {
        add(new ActivityGroup(activity.hsaId(), listedAt, activity.contactType(), activity.profession(),
                activity.outOfCounty(), unknownPerson, 1, activity.patientFee()));
    }

    /** Adds a group counted elsewhere (e.g. by the database) to the group of the same key. */
    public void add(ActivityGroup group) {
        Sums sum = sums.computeIfAbsent(new Key(group.hsaId(), group.listedAt(), group.contactType(),
                group.profession(), group.outOfCounty(), group.unknownPerson()), k -> new Sums());
        sum.activities += group.activities();
        sum.patientFees = sum.patientFees.add(group.patientFees());
    }

    /** Hands the groups to the sink in a fixed order: by unit, listing unit, contact type, profession and marks. */
    public void forEach(Consumer<ActivityGroup> sink) {
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Key key = e.getKey();
            sink.accept(new ActivityGroup(key.hsaId(), key.listedAt(), key.contactType(), key.profession(),
                    key.outOfCounty(), key.unknownPerson(), e.getValue().activities, e.getValue().patientFees));
        });
    }
}
