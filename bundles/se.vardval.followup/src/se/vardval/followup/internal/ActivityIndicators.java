package se.vardval.followup.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Profession;
import se.vardval.core.store.RunDataSource;
import se.vardval.followup.IndicatorValue;

/**
 * Computes continuity (doctor, nurse) over the {@value #CONTINUITY_MONTHS} months and coverage over the
 * {@value #COVERAGE_MONTHS} months that end with each period asked for, for the persons listed on that period's last
 * day, reading the vårdval's listings once and streaming its activities month by month once for all the periods.
 */
final class ActivityIndicators {

    static final int CONTINUITY_MONTHS = 18;
    static final int COVERAGE_MONTHS = 6;

    private ActivityIndicators() {
    }

    /** The computed values of the given units in the period. */
    static List<IndicatorValue> compute(RunDataSource data, CareChoice careChoice, YearMonth period,
            JsonNode parameters, Set<String> hsaIds) {
        return compute(data, careChoice, Map.of(period, parameters), hsaIds).get(period);
    }

    /**
     * The computed values of the given units for each period (with that period's rulebook parameters), in the order
     * of {@code periods}, which must not be empty.
     */
    static Map<YearMonth, List<IndicatorValue>> compute(RunDataSource data, CareChoice careChoice,
            Map<YearMonth, JsonNode> periods, Set<String> hsaIds) {
        YearMonth first = periods.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = periods.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        JsonNode anyParameters = periods.get(last);
        Map<YearMonth, ListedPopulation> populations = ListedPopulation.listedAtMonthEnds(
                data.open(careChoice, last, anyParameters), periods.keySet());
        Map<YearMonth, List<ActivityTally>> tallies = new LinkedHashMap<>();
        periods.keySet().forEach(period -> tallies.put(period, tallies(populations.get(period), period)));
        List<ActivityTally> all = tallies.values().stream().flatMap(List::stream).toList();
        for (YearMonth month = first.minusMonths(CONTINUITY_MONTHS - 1L); !month.isAfter(last);
                month = month.plusMonths(1)) {
            data.open(careChoice, month, anyParameters).forEachActivity(activity -> all.forEach(t -> t.accept(activity)));
        }
        Map<YearMonth, List<IndicatorValue>> values = new LinkedHashMap<>();
        tallies.forEach((period, periodTallies) -> values.put(period, new ArrayList<>(periodTallies.stream()
                .flatMap(tally -> tally.values().stream()).filter(v -> hsaIds.contains(v.hsaId())).toList())));
        return values;
    }

    /** The tallies of one period: continuity of doctors and of nurses, and coverage. */
    static List<ActivityTally> tallies(ListedPopulation population, YearMonth period) {
        Window continuity = Window.monthsEnding(period, CONTINUITY_MONTHS);
        return List.of(new Continuity(IndicatorCatalog.CONTINUITY_DOCTOR, Profession.DOCTOR, population, continuity),
                new Continuity(IndicatorCatalog.CONTINUITY_NURSE, Profession.NURSE, population, continuity),
                new Coverage(IndicatorCatalog.COVERAGE, population, Window.monthsEnding(period, COVERAGE_MONTHS)));
    }
}
