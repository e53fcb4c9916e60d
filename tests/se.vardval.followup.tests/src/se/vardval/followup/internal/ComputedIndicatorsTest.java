package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.core.domain.Profession.DENTIST;
import static se.vardval.core.domain.Profession.DOCTOR;
import static se.vardval.core.domain.Profession.NURSE;
import static se.vardval.followup.internal.ContinuityTest.feed;
import static se.vardval.followup.internal.Visits.visit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Sex;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorValue;

/** Which computed indicators a report offers: those the vårdval's activities give a value. */
class ComputedIndicatorsTest {

    private static final String ANNA = "194501020003";
    private static final String BO = "195203040005";

    private static final YearMonth MARCH_2020 = YearMonth.of(2020, 3);

    @Test
    void dentalCareOffersCoverageButNoDoctorsOrNursesContinuity() {
        List<IndicatorValue> values = computed(visit(ANNA, "U1", "2020-01-10", DENTIST, "T1"),
                visit(ANNA, "U1", "2020-02-10", DENTIST, "T1"), visit(ANNA, "U1", "2020-03-10", DENTIST, "T2"),
                visit(BO, "U2", "2020-03-11", DENTIST, "T3"));

        assertEquals(List.of("COVERAGE"), codes(IndicatorCatalog.computed(values)));
    }

    @Test
    void primaryCareOffersBothContinuitiesAndCoverage() {
        List<IndicatorValue> values = computed(visit(ANNA, "U1", "2020-01-10", DOCTOR, "D1"),
                visit(ANNA, "U1", "2020-02-10", DOCTOR, "D1"), visit(ANNA, "U1", "2020-03-10", DOCTOR, "D2"),
                visit(BO, "U1", "2020-01-11", NURSE, "N1"), visit(BO, "U1", "2020-02-11", NURSE, "N1"),
                visit(BO, "U1", "2020-03-11", NURSE, "N1"));

        assertEquals(List.of("CONTINUITY_DOCTOR", "CONTINUITY_NURSE", "COVERAGE"),
                codes(IndicatorCatalog.computed(values)));
    }

    private static List<IndicatorValue> computed(Activity... visits) {
        ListedPopulation population = new ListedPopulation();
        population.add(ANNA, "U1", Sex.F);
        population.add(BO, "U1", Sex.M);
        List<IndicatorValue> values = new ArrayList<>();
        for (ActivityTally tally : ActivityIndicators.tallies(population, MARCH_2020)) {
            feed(tally, visits);
            values.addAll(tally.values());
        }
        return values;
    }

    private static List<String> codes(List<IndicatorDefinition> definitions) {
        return definitions.stream().map(IndicatorDefinition::code).toList();
    }
}
