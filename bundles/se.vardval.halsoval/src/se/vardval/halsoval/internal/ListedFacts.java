package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.ListedPerson;

/**
 * What the model needs of one listed person on the listing day; {@code hasRecord} is false when the person
 * register lacks the person, and then age and sex come from the personnummer and there are no flags or distance.
 */
record ListedFacts(String personId, String hsaId, int age, Sex sex, Set<CniFlag> cniFlags, BigDecimal distanceKm,
        boolean hasRecord) {

    /**
     * Reads a listed person, computing the age on the listing day.
     *
     * @throws IllegalArgumentException when the person has no record and the personnummer is invalid
     */
    static ListedFacts of(ListedPerson listed, AgeOnDay ages) {
        var person = listed.person();
        String id = listed.listing().personId();
        if (person != null) {
            return new ListedFacts(id, listed.hsaId(), ages.age(person.birthDate()), person.sex(),
                    person.cniFlags() == null ? Set.of() : person.cniFlags(), person.distanceKm(), true);
        }
        PersonId parsed = PersonId.parse(id);
        return new ListedFacts(id, listed.hsaId(), ages.age(parsed.birthDate()), parsed.sex(), Set.of(), null, false);
    }

    /** Completed years on one fixed day, computed without allocating (the rule of {@code Ages.completedYears}). */
    record AgeOnDay(LocalDate day) {

        int age(LocalDate birthDate) {
            int age = day.getYear() - birthDate.getYear();
            boolean beforeBirthday = day.getMonthValue() < birthDate.getMonthValue()
                    || (day.getMonthValue() == birthDate.getMonthValue()
                            && day.getDayOfMonth() < birthDate.getDayOfMonth());
            return Math.max(0, beforeBirthday ? age - 1 : age);
        }
    }
}
