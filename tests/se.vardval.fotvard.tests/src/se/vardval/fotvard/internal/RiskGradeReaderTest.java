package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.fotvard.internal.Fixtures.pnr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/** The risk grade of each of a month's treatments, as the referral it names has it. */
class RiskGradeReaderTest {

    static final String P1 = pnr(1940, 1, 1, 10);
    static final String P2 = pnr(1945, 2, 2, 20);
    static final String P3 = pnr(1950, 3, 3, 30);
    static final String P4 = pnr(1955, 4, 4, 40);

    /**
     * Referrals A001–A004 of grades 2, 3, 4 and 1; treatments A005–A007 on the grade-2 referral (the third over the
     * quota), A008 on grade 3, A009 at home on grade 4, A010 on grade 1, A011 without a referral and A012 naming an
     * unknown one.
     */
    static TestInputs march() {
        TestInputs inputs = new TestInputs(YearMonth.of(2025, 3), Fixtures.parameters()).unit("F1").resident(P1)
                .resident(P2).resident(P3).resident(P4);
        LocalDate issued = LocalDate.of(2025, 3, 1);
        inputs.referral("R2", P1, issued, 2).referral("R3", P2, issued, 3).referral("R4", P3, issued, 4)
                .referral("R1", P4, issued, 1);
        for (int day = 2; day <= 4; day++) {
            inputs.treatment(P1, "F1", LocalDate.of(2025, 3, day), "R2", "100");
        }
        inputs.treatment(P2, "F1", LocalDate.of(2025, 3, 5), "R3", "100")
                .homeTreatment(P3, "F1", LocalDate.of(2025, 3, 6), "R4", "100")
                .treatment(P4, "F1", LocalDate.of(2025, 3, 7), "R1", "100")
                .activity(P1, "F1", LocalDate.of(2025, 3, 8), ContactType.PHYSICAL, Profession.PODIATRIST, "100",
                        Map.of())
                .treatment(P2, "F1", LocalDate.of(2025, 3, 9), "RX", "100");
        return inputs;
    }

    @Test
    void eachTreatmentOnAKnownReferralHasItsGradeAndTheOthersNone() {
        Map<String, Integer> grades = new RiskGradeReader().read(march());
        assertEquals(Map.of("A005", 2, "A006", 2, "A007", 2, "A008", 3, "A009", 4, "A010", 1), grades);
        Map<Integer, Integer> perGrade = new TreeMap<>();
        grades.values().forEach(g -> perGrade.merge(g, 1, Integer::sum));
        assertEquals(Map.of(1, 1, 2, 3, 3, 1, 4, 1), perGrade);
    }
}
