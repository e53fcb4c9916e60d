package se.vardval.followup.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Profession;
import se.vardval.followup.IndicatorValue;

/**
 * Continuity for one profession (kontinuitet). The persons measured are those listed at a unit on the reference
 * day with at least {@value #MINIMUM_VISITS} visits of the profession at that same unit in the window; the value is
 * pooled over them: Σ each person's visits with the clinician that person saw most often there / Σ their visits.
 * The group size is the number of persons measured. Not counted: visits at any other unit, telephone prescriptions,
 * other professions, days outside the window. A visit without a clinician counts among the person's visits but
 * with no clinician.
 */
final class Continuity implements ActivityTally {

    /** The fewest visits a person needs to be measured. */
    static final int MINIMUM_VISITS = 3;

    private static final class PersonVisits {
        int visits;
        final Map<String, Integer> byClinician = new HashMap<>(4);

        int mostFrequentClinician() {
            return byClinician.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private final String indicator;
    private final Profession profession;
    private final ListedPopulation population;
    private final Window window;
    private final Map<String, PersonVisits> persons = new HashMap<>();

    Continuity(String indicator, Profession profession, ListedPopulation population, Window window) {
        this.indicator = indicator;
        this.profession = profession;
        this.population = population;
        this.window = window;
    }

    @Override
    public void accept(Activity activity) {
        if (activity.profession() != profession || !ActivityTally.isVisit(activity)
                || !window.contains(activity.date())) {
            return;
        }
        ListedPopulation.Member member = population.member(activity.personId());
        if (member == null || !member.hsaId().equals(activity.hsaId())) {
            return;
        }
        PersonVisits visits = persons.computeIfAbsent(activity.personId(), p -> new PersonVisits());
        visits.visits++;
        String clinician = activity.clinician();
        if (clinician != null && !clinician.isBlank()) {
            visits.byClinician.merge(clinician, 1, Integer::sum);
        }
    }

    @Override
    public List<IndicatorValue> values() {
        GroupSums sums = new GroupSums();
        persons.forEach((personId, visits) -> {
            if (visits.visits >= MINIMUM_VISITS) {
                ListedPopulation.Member member = population.member(personId);
                sums.add(member.hsaId(), member.sex(), visits.mostFrequentClinician(), visits.visits);
            }
        });
        return sums.values(indicator);
    }
}
