package se.vardval.followup.internal;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Profession;
import se.vardval.core.store.RunDataSource;
import se.vardval.followup.IndicatorValue;

/**
 * Computes continuity (doctor, nurse) over the {@value #CONTINUITY_MONTHS} months and coverage over the
 * {@value #COVERAGE_MONTHS} months that end with the period, for the persons listed on the period's last day,
 * streaming the vårdval's activities month by month.
 */
final class ActivityIndicators {

    static final int CONTINUITY_MONTHS = 18;
    static final int COVERAGE_MONTHS = 6;

    private ActivityIndicators() {
    }

    /** The computed values of the given units. */
    static List<IndicatorValue> compute(RunDataSource data, CareChoice careChoice, YearMonth period,
            JsonNode parameters, Set<String> hsaIds) {
        ListedPopulation population = ListedPopulation.listedOn(data.open(careChoice, period, parameters),
                period.atEndOfMonth());
        Window continuity = Window.monthsEnding(period, CONTINUITY_MONTHS);
        List<ActivityTally> tallies = List.of(
                new Continuity(IndicatorCatalog.CONTINUITY_DOCTOR, Profession.DOCTOR, population, continuity),
                new Continuity(IndicatorCatalog.CONTINUITY_NURSE, Profession.NURSE, population, continuity),
                new Coverage(IndicatorCatalog.COVERAGE, population, Window.monthsEnding(period, COVERAGE_MONTHS)));
        for (int back = CONTINUITY_MONTHS - 1; back >= 0; back--) {
            data.open(careChoice, period.minusMonths(back), parameters)
                    .forEachActivity(activity -> tallies.forEach(tally -> tally.accept(activity)));
        }
        return tallies.stream().flatMap(tally -> tally.values().stream()).filter(v -> hsaIds.contains(v.hsaId()))
                .toList();
    }
}
