package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.core.domain.Profession.DOCTOR;
import static se.vardval.core.domain.Profession.NURSE;
import static se.vardval.followup.internal.Visits.visit;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Sex;
import se.vardval.followup.IndicatorValue;

/** Continuity computed by hand on a few persons: who is measured, which visits count, the 18-month window. */
class ContinuityTest {

    private static final String ANNA = "194501020003";
    private static final String BO = "195203040005";
    private static final String CECILIA = "196005060007";
    private static final String DAVID = "197107080009";
    private static final String ERIK = "198009100011";
    private static final String FRIDA = "199011120013";
    private static final String NOBODY = "200101140015";

    private static final Window MARCH_2020 = Window.monthsEnding(YearMonth.of(2020, 3), 18);

    private final ListedPopulation population = new ListedPopulation();

    @Test
    void windowIsTheEighteenCalendarMonthsEndingWithThePeriod() {
        assertEquals("2018-10-01", MARCH_2020.from().toString());
        assertEquals("2020-03-31", MARCH_2020.to().toString());
    }

    @Test
    void exactlyThreeOwnUnitVisitsAreMeasuredAndTwoAreNot() {
        population.add(ANNA, "U1", Sex.F);
        population.add(BO, "U1", Sex.M);
        Continuity doctors = doctors();
        feed(doctors, visit(ANNA, "U1", "2020-01-10", DOCTOR, "D1"), visit(ANNA, "U1", "2020-02-10", DOCTOR, "D1"),
                visit(ANNA, "U1", "2020-03-10", DOCTOR, "D2"),
                visit(BO, "U1", "2020-01-10", DOCTOR, "D1"), visit(BO, "U1", "2020-02-10", DOCTOR, "D1"));

        // anna: 3 visits, 2 with D1 → 2/3; bo has only 2 visits and is not measured
        assertValue(doctors.values(), null, 2, 3, 1);
        assertValue(doctors.values(), Sex.F, 2, 3, 1);
        assertTrue(doctors.values().stream().noneMatch(v -> v.sex() == Sex.M));
    }

    @Test
    void visitsAtAnotherUnitOtherProfessionsAndTelephonePrescriptionsDoNotCount() {
        population.add(BO, "U1", Sex.M);
        Continuity doctors = doctors();
        feed(doctors, visit(BO, "U1", "2020-01-10", DOCTOR, "D1"), visit(BO, "U1", "2020-02-10", DOCTOR, "D1"),
                visit(BO, "U2", "2020-02-11", DOCTOR, "D9"), visit(BO, "U1", "2020-02-12", NURSE, "N1"),
                Visits.of(BO, "U1", "2020-02-13", ContactType.PHONE_PRESCRIPTION, DOCTOR, "D1"));
        assertTrue(doctors.values().isEmpty(), "two own-unit doctor visits only: not measured");

        feed(doctors, Visits.of(BO, "U1", "2020-03-01", ContactType.PHONE, DOCTOR, "D2"));
        assertValue(doctors.values(), Sex.M, 2, 3, 1);
    }

    @Test
    void eighteenMonthBoundaryCountsItsFirstAndLastDayOnly() {
        population.add(CECILIA, "U1", Sex.F);
        population.add(DAVID, "U1", Sex.M);
        Continuity doctors = doctors();
        feed(doctors, visit(CECILIA, "U1", "2018-09-30", DOCTOR, "D1"),
                visit(CECILIA, "U1", "2018-10-01", DOCTOR, "D1"), visit(CECILIA, "U1", "2019-05-05", DOCTOR, "D2"),
                visit(CECILIA, "U1", "2020-03-31", DOCTOR, "D2"), visit(CECILIA, "U1", "2020-04-01", DOCTOR, "D2"),
                visit(DAVID, "U1", "2018-09-30", DOCTOR, "D1"), visit(DAVID, "U1", "2018-10-01", DOCTOR, "D1"),
                visit(DAVID, "U1", "2020-03-31", DOCTOR, "D1"));

        // cecilia: 3 visits in the window, D1 once and D2 twice → 2/3; david: 2 in the window → not measured
        assertValue(doctors.values(), null, 2, 3, 1);
    }

    @Test
    void pooledOverPersonsAndUnitsSeparately() {
        population.add(ANNA, "U1", Sex.F);
        population.add(ERIK, "U1", Sex.M);
        population.add(FRIDA, "U2", Sex.F);
        Continuity nurses = new Continuity("CONTINUITY_NURSE", NURSE, population, MARCH_2020);
        feed(nurses, visit(ANNA, "U1", "2019-01-01", NURSE, "N1"), visit(ANNA, "U1", "2019-02-01", NURSE, "N1"),
                visit(ANNA, "U1", "2019-03-01", NURSE, "N1"),
                visit(ERIK, "U1", "2019-01-01", NURSE, "N1"), visit(ERIK, "U1", "2019-02-01", NURSE, "N2"),
                visit(ERIK, "U1", "2019-03-01", NURSE, "N3"), visit(ERIK, "U1", "2019-04-01", NURSE, null),
                visit(FRIDA, "U2", "2019-01-01", NURSE, "N7"), visit(FRIDA, "U2", "2019-02-01", NURSE, "N7"),
                visit(FRIDA, "U2", "2019-03-01", NURSE, "N8"), visit(NOBODY, "U2", "2019-03-01", NURSE, "N8"));

        // U1: anna 3 of 3, erik 1 of 4 (the visit without a clinician counts with nobody) → 4/7 over 2 persons
        assertValue(nurses.values(), null, 4, 7, 2);
        assertValue(nurses.values(), Sex.M, 1, 4, 1);
        IndicatorValue u2 = nurses.values().stream().filter(v -> v.hsaId().equals("U2") && v.sex() == null)
                .findFirst().orElseThrow();
        assertEquals(List.of(2L, 3L, 1L), List.of(u2.numerator().longValue(), u2.denominator().longValue(),
                u2.count()));
    }

    private Continuity doctors() {
        return new Continuity("CONTINUITY_DOCTOR", DOCTOR, population, MARCH_2020);
    }

    static void feed(ActivityTally tally, Activity... activities) {
        for (Activity activity : activities) {
            tally.accept(activity);
        }
    }

    /** Asserts unit U1's value for the sex. */
    static void assertValue(List<IndicatorValue> values, Sex sex, long numerator, long denominator, long count) {
        IndicatorValue value = values.stream().filter(v -> v.hsaId().equals("U1") && v.sex() == sex).findFirst()
                .orElseThrow(() -> new AssertionError("no value of U1 for " + sex + " in " + values));
        assertEquals(numerator, value.numerator().longValueExact(), "numerator");
        assertEquals(denominator, value.denominator().longValueExact(), "denominator");
        assertEquals(count, value.count(), "persons");
    }
}
