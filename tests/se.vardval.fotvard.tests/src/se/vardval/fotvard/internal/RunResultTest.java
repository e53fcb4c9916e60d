package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.fotvard.internal.Fixtures.kr;
import static se.vardval.fotvard.internal.RiskGradeReaderTest.P1;
import static se.vardval.fotvard.internal.RiskGradeReaderTest.P2;
import static se.vardval.fotvard.internal.RiskGradeReaderTest.P4;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;

/** What the model hands the engine to store: the rejected treatments and the FOOT_CARE costs. */
class RunResultTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    void aReferralOfAnEarlierMonthPaysAndTheTreatmentsPaidSinceCountTowardTheQuota() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.parameters()).unit("F1").resident(P1)
                .referral("R", P1, LocalDate.of(2025, 1, 10), 2)
                .treatment(P1, "F1", LocalDate.of(2025, 2, 5), "R", "100")
                .treatment(P1, "F1", LocalDate.of(2025, 3, 3), "R", "100")
                .treatment(P1, "F1", LocalDate.of(2025, 3, 20), "R", "100");
        ModelResult result = Fixtures.MODEL.calculate(inputs);
        // February's treatment was paid in February; March pays the second (450 - 100), the third is over quota 2
        assertEquals(List.of(new PaymentLine("F1", "TREATMENT_RISK2", kr("1"), kr("350"), kr("350.00"))),
                result.lines());
        assertEquals(List.of("A004 OVER_QUOTA"), result.rejections().stream()
                .map(r -> r.itemId() + " " + r.reasonCode()).toList());
    }

    @Test
    void eachRejectedTreatmentIsARejectedItemWithItsCodeAndReason() {
        ModelResult result = Fixtures.MODEL.calculate(RiskGradeReaderTest.march());
        assertEquals(List.of(
                new RejectedItem("F1", "A007", P1, LocalDate.of(2025, 3, 4), "OVER_QUOTA", "riskgrupp 2 ersätter 2"
                        + " behandling(ar) per person och remissår; 2 redan betalda för personen under året från "
                        + "2025-03-01"),
                new RejectedItem("F1", "A010", P4, LocalDate.of(2025, 3, 7), "RISK_GRADE_I",
                        "remiss R1 gäller riskgrad I, som inte ersätts"),
                new RejectedItem("F1", "A011", P1, LocalDate.of(2025, 3, 8), "NO_REFERRAL",
                        "behandlingen anger ingen remiss"),
                new RejectedItem("F1", "A012", P2, LocalDate.of(2025, 3, 9), "NO_REFERRAL",
                        "remiss RX är okänd")), result.rejections());
    }

    @Test
    void eachPaidTreatmentOfAListedPersonIsAFootCareCostOfTheMonth() {
        TestInputs inputs = RiskGradeReaderTest.march().listedInHalsoval(P1, "HC1", LocalDate.of(2010, 1, 1))
                .listedInHalsoval(P2, "HC2", LocalDate.of(2010, 1, 1));
        ModelResult result = Fixtures.MODEL.calculate(inputs);
        // P1: A005 and A006 at 450 - 100; P2: A008 at 520.50 - 100; P3 (A009) is not listed
        assertEquals(List.of(new CostHandOver("HC1", MARCH, CostCategory.FOOT_CARE, kr("350.00"), "A005"),
                new CostHandOver("HC1", MARCH, CostCategory.FOOT_CARE, kr("350.00"), "A006"),
                new CostHandOver("HC2", MARCH, CostCategory.FOOT_CARE, kr("420.50"), "A008")),
                result.costHandOvers());
    }
}
