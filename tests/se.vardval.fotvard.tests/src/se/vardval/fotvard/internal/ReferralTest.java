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
import se.vardval.core.model.RunWarning;

/** What a treatment needs to be paid in March 2025: a valid referral of its person, grade II–IV, age 18, a podiatrist. */
class ReferralTest {

    static final String P5 = pnr(1950, 5, 5, 50);
    static final String P6 = pnr(1951, 6, 6, 60);
    static final String P7 = pnr(1952, 7, 7, 70);
    static final String P8 = pnr(1953, 8, 8, 80);
    static final String TEEN = pnr(2007, 3, 10, 90);

    static TestInputs base() {
        return new TestInputs(YearMonth.of(2025, 3), Fixtures.parameters()).unit("F1").resident(P5).resident(P6)
                .resident(P7).resident(P8).resident(TEEN);
    }

    @Test
    void aTwelveMonthReferralIssued15MarchPaysThrough14MarchAndIsExpiredOn15March() {
        Referral r5 = new Referral("R5", P5, LocalDate.of(2024, 3, 15), 2, 12, TestInputs.HEALTH_CENTRE, "test");
        Referral r6 = new Referral("R6", P6, LocalDate.of(2024, 3, 15), 2, 12, TestInputs.HEALTH_CENTRE, "test");
        FotvardParameters parameters = FotvardParameters.parse(Fixtures.parameters());
        List<Decision> decisions = new Judge(parameters, Map.of("R5", r5, "R6", r6),
                id -> PersonId.parse(id).birthDate()).judge(List.of(), List.of(
                        treatment("T1", P5, LocalDate.of(2025, 3, 14), "R5"),
                        treatment("T2", P6, LocalDate.of(2025, 3, 15), "R6")), Set.of("F1"));
        assertEquals(LocalDate.of(2025, 3, 14), r5.lastValidDay());
        assertEquals(true, decisions.get(0).isPaid());
        assertEquals(kr("450"), decisions.get(0).netFee());
        assertEquals(Rejection.REFERRAL_EXPIRED, decisions.get(1).rejection());
        assertEquals("remiss R6 gällde till och med 2025-03-14", decisions.get(1).reason());
    }

    private static Activity treatment(String id, String personId, LocalDate date, String referral) {
        return new Activity(id, TestInputs.CARE_CHOICE, personId, "F1", date, ContactType.PHYSICAL,
                Profession.PODIATRIST, "c1", BigDecimal.ZERO, false, Map.of("referral", referral));
    }

    @Test
    void aReferralPaysFromItsDayOfIssueNotBefore() {
        TestInputs inputs = base().referral("R7", P7, LocalDate.of(2025, 3, 20), 3)
                .treatment(P7, "F1", LocalDate.of(2025, 3, 19), "R7", "0") // A002
                .treatment(P7, "F1", LocalDate.of(2025, 3, 20), "R7", "0"); // A003
        Calculation month = Fixtures.month(inputs);
        assertEquals(List.of("A002:REFERRAL_NOT_YET_ISSUED"), rejections(month));
        assertEquals(kr("520.50"), line(month, "F1", "TREATMENT_RISK3").amount());
    }

    @Test
    void treatmentsWithoutAUsableReferralOfTheirPersonAreRejected() {
        TestInputs inputs = base().referral("R5", P5, LocalDate.of(2025, 3, 1), 2)
                .referral("R8", P8, LocalDate.of(2025, 3, 1), 1)
                .activity(P6, TestInputs.HEALTH_CENTRE, LocalDate.of(2025, 3, 2), ContactType.PHONE,
                        Profession.DOCTOR, "0", Map.of("referral", "R6", "risk", "3"))
                .activity(P5, "F1", LocalDate.of(2025, 3, 3), ContactType.PHYSICAL, Profession.PODIATRIST, "0",
                        Map.of()) // A004: no referral code
                .treatment(P5, "F1", LocalDate.of(2025, 3, 4), "R99", "0") // A005: unknown
                .treatment(P7, "F1", LocalDate.of(2025, 3, 5), "R5", "0") // A006: P5's referral
                .treatment(P8, "F1", LocalDate.of(2025, 3, 6), "R8", "0") // A007: grade I
                .treatment(P6, "F1", LocalDate.of(2025, 3, 7), "R6", "0") // A008: referral by phone
                .activity(P5, "F1", LocalDate.of(2025, 3, 8), ContactType.PHYSICAL, Profession.NURSE, "0",
                        Map.of("referral", "R5")) // A009: not a podiatrist
                .treatment(P5, "F9", LocalDate.of(2025, 3, 9), "R5", "0"); // A010: no contract
        Calculation month = Fixtures.month(inputs);
        assertEquals(List.of("A004:NO_REFERRAL", "A005:NO_REFERRAL", "A006:REFERRAL_OTHER_PERSON",
                "A007:RISK_GRADE_I", "A008:NO_REFERRAL", "A009:NOT_PODIATRIST", "A010:NO_CONTRACT"),
                rejections(month));
        assertEquals(List.of("behandlingen anger ingen remiss", "remiss R99 är okänd",
                "remiss R5 är utfärdad för en annan person", "remiss R8 gäller riskgrad I, som inte ersätts",
                "remiss R6 är okänd", "utförd av NURSE, inte av en fotterapeut",
                "enheten F9 har inget avtal om medicinsk fotvård under månaden"),
                month.rejected().stream().map(Decision::reason).toList());
        assertEquals(List.of(), month.lines());
        assertEquals(List.of(new RunWarning(TestInputs.HEALTH_CENTRE, "REFERRAL_NOT_USABLE", "Remissaktiviteter med"
                + " riskkod men utan remiss-id eller som inte är fysiska besök: 1; de används inte som remisser.")),
                month.warnings());
    }

    @Test
    void aPersonIsPaidForFromTheEighteenthBirthday() {
        TestInputs inputs = base().referral("RT", TEEN, LocalDate.of(2025, 3, 1), 4)
                .treatment(TEEN, "F1", LocalDate.of(2025, 3, 9), "RT", "0") // A002: 17 years old
                .treatment(TEEN, "F1", LocalDate.of(2025, 3, 10), "RT", "0"); // A003: 18 today
        Calculation month = Fixtures.month(inputs);
        assertEquals(List.of("A002:UNDER_MIN_AGE"), rejections(month));
        assertEquals("patienten var 17 år; vårdvalet ersätter från 18 år", month.rejected().getFirst().reason());
        assertEquals(new PaymentLine("F1", "TREATMENT_RISK4", kr("1"), kr("610"), kr("610.00")),
                line(month, "F1", "TREATMENT_RISK4"));
    }
}
