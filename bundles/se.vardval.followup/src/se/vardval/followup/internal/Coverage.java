package se.vardval.followup.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.Activity;
import se.vardval.followup.IndicatorValue;

/**
 * Coverage (täckningsgrad): for the persons listed at a unit on the reference day, their visits at that unit / all
 * their visits at any unit of the vårdval in the window, telephone prescriptions not being visits. The group size
 * is the number of those persons with at least one visit in the window.
 */
final class Coverage implements ActivityTally {

    private final String indicator;
    private final ListedPopulation population;
    private final Window window;
    private final Map<String, long[]> persons = new HashMap<>();

    Coverage(String indicator, ListedPopulation population, Window window) {
        this.indicator = indicator;
        this.population = population;
        this.window = window;
    }

    @Override
    public void accept(Activity activity) {
        if (!ActivityTally.isVisit(activity) || !window.contains(activity.date())) {
            return;
        }
        ListedPopulation.Member member = population.member(activity.personId());
        if (member == null) {
            return;
        }
        long[] visits = persons.computeIfAbsent(activity.personId(), p -> new long[2]);
        visits[1]++;
        if (member.hsaId().equals(activity.hsaId())) {
            visits[0]++;
        }
    }

    @Override
    public List<IndicatorValue> values() {
        GroupSums sums = new GroupSums();
        persons.forEach((personId, visits) -> {
            ListedPopulation.Member member = population.member(personId);
            sums.add(member.hsaId(), member.sex(), visits[0], visits[1]);
        });
        return sums.values(indicator);
    }
}
