package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.fotvard.internal.Fixtures.kr;
import static se.vardval.fotvard.internal.Fixtures.line;
import static se.vardval.fotvard.internal.Fixtures.pnr;
import static se.vardval.fotvard.internal.Fixtures.rejections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.PaymentLine;

/** The quota of paid treatments per person and referral year (2, 4 and 6 for risk groups 2, 3 and 4). */
class QuotaTest {

    static final String P = pnr(1949, 4, 4, 10);

    @Test
    void theSixthTreatmentOfRiskGroup4IsPaidAndTheSeventhRejected() {
        TestInputs inputs = new TestInputs(YearMonth.of(2025, 3), Fixtures.parameters()).unit("F1").resident(P)
                .referral("R", P, LocalDate.of(2025, 3, 1), 4);
        for (int day = 2; day <= 8; day++) {
            inputs.treatment(P, "F1", LocalDate.of(2025, 3, day), "R", "0"); // A002 … A008
        }
        Calculation month = Fixtures.month(inputs);
        assertEquals(new PaymentLine("F1", "TREATMENT_RISK4", kr("6"), kr("610"), kr("3660.00")),
                line(month, "F1", "TREATMENT_RISK4"));
        assertEquals(List.of("A008:OVER_QUOTA"), rejections(month));
        assertEquals("riskgrupp 4 ersätter 6 behandling(ar) per person och remissår; 6 redan betalda för personen "
                + "under året från 2025-03-01",
                month.rejected().getFirst().reason());
    }

    @Test
    void theFourthTreatmentOfRiskGroup3IsPaidAndTheFifthRejected() {
        TestInputs inputs = new TestInputs(YearMonth.of(2025, 3), Fixtures.parameters()).unit("F1").resident(P)
                .referral("R", P, LocalDate.of(2025, 3, 1), 3);
        for (int day = 2; day <= 6; day++) {
            inputs.treatment(P, "F1", LocalDate.of(2025, 3, day), "R", "0");
        }
        Calculation month = Fixtures.month(inputs);
        assertEquals(kr("4"), line(month, "F1", "TREATMENT_RISK3").basis());
        assertEquals(List.of("A006:OVER_QUOTA"), rejections(month));
    }

    @Test
    void treatmentsPaidInEarlierMonthsOfTheReferralYearCountAndRejectedOnesDoNot() {
        Referral r = new Referral("R", P, LocalDate.of(2024, 11, 1), 2, 12, "HC1", "test");
        List<Activity> history = List.of(treatment("H1", LocalDate.of(2024, 12, 10), Profession.PODIATRIST),
                treatment("H2", LocalDate.of(2025, 1, 10), Profession.NURSE));
        List<Activity> march = List.of(treatment("M1", LocalDate.of(2025, 3, 3), Profession.PODIATRIST),
                treatment("M2", LocalDate.of(2025, 3, 17), Profession.PODIATRIST));
        List<Decision> decisions = judge(Map.of("R", r), history, march);
        assertEquals(List.of("M1:paid", "M2:OVER_QUOTA"), outcomes(decisions));
        assertEquals("riskgrupp 2 ersätter 2 behandling(ar) per person och remissår; 2 redan betalda för personen "
                + "under året från 2024-11-01",
                decisions.get(1).reason());
    }

    @Test
    void aReferralValidTwoYearsStartsANewQuotaOnItsAnniversary() {
        Referral r = new Referral("R", P, LocalDate.of(2023, 3, 10), 2, 24, "HC1", "referrals.csv");
        List<Activity> history = List.of(treatment("H1", LocalDate.of(2024, 1, 10), Profession.PODIATRIST),
                treatment("H2", LocalDate.of(2024, 2, 10), Profession.PODIATRIST));
        List<Activity> march = List.of(treatment("M1", LocalDate.of(2024, 3, 9), Profession.PODIATRIST),
                treatment("M2", LocalDate.of(2024, 3, 10), Profession.PODIATRIST),
                treatment("M3", LocalDate.of(2024, 3, 11), Profession.PODIATRIST),
                treatment("M4", LocalDate.of(2024, 3, 12), Profession.PODIATRIST));
        assertEquals(List.of("M1:OVER_QUOTA", "M2:paid", "M3:paid", "M4:OVER_QUOTA"),
                outcomes(judge(Map.of("R", r), history, march)));
    }

    @Test
    void aSecondReferralOfThePersonGivesNoSecondQuota() {
        Referral first = new Referral("R", P, LocalDate.of(2024, 11, 1), 2, 12, "HC1", "referrals.csv");
        Referral higher = new Referral("R2", P, LocalDate.of(2025, 2, 1), 3, 12, "HC1", "activity");
        List<Activity> history = List.of(treatment("H1", LocalDate.of(2024, 12, 10), "R"),
                treatment("H2", LocalDate.of(2025, 2, 10), "R2"));
        List<Activity> march = List.of(treatment("M1", LocalDate.of(2025, 3, 3), "R"),
                treatment("M2", LocalDate.of(2025, 3, 10), "R2"),
                treatment("M3", LocalDate.of(2025, 3, 17), "R2"),
                treatment("M4", LocalDate.of(2025, 3, 24), "R2"),
                treatment("M5", LocalDate.of(2025, 3, 31), "R2"));

        List<Decision> decisions = judge(Map.of("R", first, "R2", higher), history, march);

        assertEquals(List.of("M1:OVER_QUOTA", "M2:paid", "M3:paid", "M4:paid", "M5:OVER_QUOTA"), outcomes(decisions),
                "R's year from 2024-11-01 counts H1 and H2, paid on R2 (2 of 2); R2's year from 2025-02-01 counts H2, "
                        + "M2, M3 and M4 (4 of 4), not H1 before it");
        assertEquals("riskgrupp 3 ersätter 4 behandling(ar) per person och remissår; 4 redan betalda för personen "
                + "under året från 2025-02-01", decisions.get(4).reason());
    }

    private static List<Decision> judge(Map<String, Referral> referrals, List<Activity> history,
            List<Activity> month) {
        FotvardParameters parameters = FotvardParameters.parse(Fixtures.parameters());
        return new Judge(parameters, referrals, id -> PersonId.parse(id).birthDate()).judge(history, month,
                Set.of("F1"));
    }

    private static Activity treatment(String id, LocalDate date, Profession profession) {
        return new Activity(id, TestInputs.CARE_CHOICE, P, "F1", date, ContactType.PHYSICAL, profession, "c1",
                BigDecimal.ZERO, false, Map.of("referral", "R"));
    }

    private static Activity treatment(String id, LocalDate date, String referral) {
        return new Activity(id, TestInputs.CARE_CHOICE, P, "F1", date, ContactType.PHYSICAL, Profession.PODIATRIST,
                "c1", BigDecimal.ZERO, false, Map.of("referral", referral));
    }

    private static List<String> outcomes(List<Decision> decisions) {
        return decisions.stream()
                .map(d -> d.treatment().activityId() + ":" + (d.isPaid() ? "paid" : d.rejection().name())).toList();
    }
}
