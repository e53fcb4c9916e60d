package se.vardval.followup.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.RunInputs;

/**
 * Where each person is listed in the vårdval on one reference day, and the person's sex. The persons are kept by their
 * 12-digit number in one open-addressing table beside their unit and sex, about 12 bytes a person: a trend of twelve
 * months holds twelve populations, which for 2.4 M listed persons as a map of strings (about 240 MB each) filled a
 * 3 GB heap.
 */
final class ListedPopulation {

    /** A listed person's unit and sex. */
    record Member(String hsaId, Sex sex) {
    }

    private static final long FREE = 0;
    private static final Sex[] SEXES = Sex.values();

    private final List<String> units = new ArrayList<>();
    private final Map<String, Integer> unitIndex = new HashMap<>();
    /** Slot i's person number ({@link PersonId#storedNumber}; FREE for a free slot, as no person number is 0). */
    private long[] persons = new long[1024];
    /** Slot i's unit index times the number of sexes, plus the sex's ordinal. */
    private int[] memberships = new int[1024];
    private int size;

    /**
     * Everyone listed in the inputs' vårdval on the last day of each of the months, read in one pass over the listings
     * ({@link RunInputs#forEachListedOnDays}; the months must not be empty).
     */
    static Map<YearMonth, ListedPopulation> listedAtMonthEnds(RunInputs inputs, Collection<YearMonth> months) {
        Map<YearMonth, ListedPopulation> populations = new TreeMap<>();
        months.forEach(month -> populations.put(month, new ListedPopulation()));
        inputs.forEachListedOnDays(months.stream().map(YearMonth::atEndOfMonth).toList(),
                (day, listed) -> populations.get(YearMonth.from(day)).add(listed.listing().personId(), listed.hsaId(),
                        listed.sex()));
        return populations;
    }

    /**
     * Adds a person listed at the unit, in place of an earlier listing of the same person.
     *
     * @throws IllegalArgumentException when the person id is not the 12 digits the import stores
     */
    void add(String personId, String hsaId, Sex sex) {
        long person = PersonId.storedNumber(personId);
        if (person <= FREE) {
            throw new IllegalArgumentException("not a stored person number: '" + personId + "'");
        }
        if (2 * (size + 1) > persons.length) {
            grow();
        }
        int slot = slotOf(persons, person);
        if (persons[slot] == FREE) {
            persons[slot] = person;
            size++;
        }
        memberships[slot] = unit(hsaId) * SEXES.length + Objects.requireNonNull(sex, "sex").ordinal();
    }

    /** The person's unit and sex, or null when the person is not listed. */
    Member member(String personId) {
        long person = PersonId.storedNumber(personId);
        if (person <= FREE) {
            return null;
        }
        int slot = slotOf(persons, person);
        if (persons[slot] == FREE) {
            return null;
        }
        int membership = memberships[slot];
        return new Member(units.get(membership / SEXES.length), SEXES[membership % SEXES.length]);
    }

    private int unit(String hsaId) {
        return unitIndex.computeIfAbsent(hsaId, id -> {
            units.add(id);
            return units.size() - 1;
        });
    }

    private void grow() {
        long[] oldPersons = persons;
        int[] oldMemberships = memberships;
        persons = new long[oldPersons.length * 2];
        memberships = new int[oldPersons.length * 2];
        for (int i = 0; i < oldPersons.length; i++) {
            if (oldPersons[i] != FREE) {
                int slot = slotOf(persons, oldPersons[i]);
                persons[slot] = oldPersons[i];
                memberships[slot] = oldMemberships[i];
            }
        }
    }

    private static int slotOf(long[] table, long person) {
        int mask = table.length - 1;
        int i = Long.hashCode(person * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != FREE && table[i] != person) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
