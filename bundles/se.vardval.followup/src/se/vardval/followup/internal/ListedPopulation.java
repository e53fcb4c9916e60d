package se.vardval.followup.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import se.vardval.core.domain.Sex;
import se.vardval.core.model.RunInputs;

/** Where each person is listed in the vårdval on one reference day, and the person's sex. */
final class ListedPopulation {

    /** A listed person's unit and sex. */
    record Member(String hsaId, Sex sex) {
    }

    private final Map<String, Member> members = new HashMap<>();

    /** Everyone listed in the inputs' vårdval on the day. */
    static ListedPopulation listedOn(RunInputs inputs, LocalDate day) {
        ListedPopulation population = new ListedPopulation();
        inputs.forEachListedOn(day, listed -> population.add(listed.listing().personId(), listed.hsaId(),
                listed.sex()));
        return population;
    }

    /** Adds a person listed at the unit. */
    void add(String personId, String hsaId, Sex sex) {
        members.put(personId, new Member(hsaId, sex));
    }

    /** The person's unit and sex, or null when the person is not listed. */
    Member member(String personId) {
        return members.get(personId);
    }
}
