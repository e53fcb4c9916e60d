package se.vardval.followup.internal;

import static se.vardval.core.domain.Profession.DOCTOR;
import static se.vardval.core.domain.Profession.NURSE;
import static se.vardval.followup.internal.ContinuityTest.assertValue;
import static se.vardval.followup.internal.ContinuityTest.feed;
import static se.vardval.followup.internal.Visits.visit;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Sex;

/** Coverage computed by hand: own-unit visits over all the listed persons' visits in six months. */
class CoverageTest {

    private static final String ANNA = "194501020003";
    private static final String BO = "195203040005";
    private static final String UNLISTED = "200203160017";

    @Test
    void ownUnitVisitsOverAllVisitsInTheVardvalOverSixMonths() {
        ListedPopulation population = new ListedPopulation();
        population.add(ANNA, "U1", Sex.F);
        population.add(BO, "U1", Sex.M);
        Window window = Window.monthsEnding(YearMonth.of(2020, 3), 6);
        Coverage coverage = new Coverage("COVERAGE", population, window);
        feed(coverage, visit(ANNA, "U1", "2019-10-01", DOCTOR, "D1"), visit(ANNA, "U1", "2020-01-01", NURSE, "N1"),
                visit(ANNA, "U1", "2020-03-31", DOCTOR, "D2"), visit(ANNA, "U2", "2020-02-01", DOCTOR, "D9"),
                Visits.of(ANNA, "U2", "2020-02-02", ContactType.PHONE_PRESCRIPTION, DOCTOR, "D9"),
                visit(ANNA, "U1", "2019-09-30", DOCTOR, "D1"), visit(ANNA, "U1", "2020-04-01", DOCTOR, "D1"),
                visit(BO, "U3", "2020-01-15", NURSE, "N5"), visit(BO, "U2", "2020-01-16", NURSE, "N6"),
                visit(UNLISTED, "U1", "2020-01-16", NURSE, "N1"));

        // anna: 3 of 4 at U1 (the telephone prescription and the days outside 2019-10-01..2020-03-31 do not count);
        // bo: 0 of 2 → U1 3/6 over 2 persons
        assertValue(coverage.values(), Sex.F, 3, 4, 1);
        assertValue(coverage.values(), Sex.M, 0, 2, 1);
        assertValue(coverage.values(), null, 3, 6, 2);
    }
}
