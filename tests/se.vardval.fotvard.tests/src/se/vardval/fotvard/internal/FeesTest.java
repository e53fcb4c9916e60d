package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.fotvard.internal.Fixtures.kr;
import static se.vardval.fotvard.internal.Fixtures.line;
import static se.vardval.fotvard.internal.Fixtures.pnr;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** The fee per treatment by risk group, net of the patient fee, and the home-visit supplement, in March 2025. */
class FeesTest {

    static final String P1 = pnr(1950, 1, 1, 10);
    static final String P2 = pnr(1948, 5, 5, 20);
    static final String P3 = pnr(1960, 9, 9, 30);
    static final String P4 = pnr(1955, 2, 2, 40);

    /**
     * At F1: P1 on a risk-2 referral paying 100 kr, P2 at home on a risk-3 referral paying nothing, P3 twice on a
     * risk-4 referral paying 200 kr; at F2: P4 on a risk-2 referral paying 600 kr, more than the fee.
     */
    static TestInputs inputs(boolean deductPatientFee) {
        var parameters = Fixtures.parameters().put("deductPatientFee", deductPatientFee);
        return new TestInputs(YearMonth.of(2025, 3), parameters).unit("F1").unit("F2")
                .resident(P1).resident(P2).resident(P3).resident(P4)
                .referral("R1", P1, LocalDate.of(2025, 3, 1), 2)
                .referral("R2", P2, LocalDate.of(2025, 3, 1), 3)
                .referral("R3", P3, LocalDate.of(2025, 3, 1), 4)
                .referral("R4", P4, LocalDate.of(2025, 3, 1), 2)
                .treatment(P1, "F1", LocalDate.of(2025, 3, 5), "R1", "100")
                .homeTreatment(P2, "F1", LocalDate.of(2025, 3, 6), "R2", "0")
                .treatment(P3, "F1", LocalDate.of(2025, 3, 7), "R3", "200")
                .treatment(P3, "F1", LocalDate.of(2025, 3, 20), "R3", "200")
                .treatment(P4, "F2", LocalDate.of(2025, 3, 2), "R4", "600");
    }

    @Test
    void eachTreatmentIsPaidItsRiskGroupsFeeMinusThePatientFeeAndAHomeVisitItsSupplement() {
        ModelResult result = Fixtures.MODEL.calculate(inputs(true));
        assertEquals(List.of(
                new PaymentLine("F1", "HOME_VISIT", kr("1"), kr("275"), kr("275.00")),
                new PaymentLine("F1", "TREATMENT_RISK2", kr("1"), kr("350"), kr("350.00")),
                new PaymentLine("F1", "TREATMENT_RISK3", kr("1"), kr("520.5"), kr("520.50")),
                new PaymentLine("F1", "TREATMENT_RISK4", kr("2"), kr("410"), kr("820.00")),
                new PaymentLine("F2", "TREATMENT_RISK2", kr("1"), kr("0"), kr("0.00"))), result.lines());
    }

    @Test
    void withoutDeductionTheWholeFeeIsPaid() {
        Calculation month = Fixtures.month(inputs(false));
        assertEquals(new PaymentLine("F1", "TREATMENT_RISK2", kr("1"), kr("450"), kr("450.00")),
                line(month, "F1", "TREATMENT_RISK2"));
        assertEquals(new PaymentLine("F1", "TREATMENT_RISK4", kr("2"), kr("610"), kr("1220.00")),
                line(month, "F1", "TREATMENT_RISK4"));
        assertEquals(new PaymentLine("F2", "TREATMENT_RISK2", kr("1"), kr("450"), kr("450.00")),
                line(month, "F2", "TREATMENT_RISK2"));
    }

    @Test
    void aLineOfUnevenNetFeesIsTheirExactSumRoundedOnce() {
        TestInputs inputs = new TestInputs(YearMonth.of(2025, 3), Fixtures.parameters()).unit("F1").resident(P1)
                .resident(P2).referral("R1", P1, LocalDate.of(2025, 3, 1), 3)
                .referral("R2", P2, LocalDate.of(2025, 3, 1), 3)
                .treatment(P1, "F1", LocalDate.of(2025, 3, 5), "R1", "100.25")
                .treatment(P2, "F1", LocalDate.of(2025, 3, 6), "R2", "0.50");
        // (520.50 - 100.25) + (520.50 - 0.50) = 420.25 + 520.00 = 940.25, 470.125 a treatment
        assertEquals(new PaymentLine("F1", "TREATMENT_RISK3", kr("2"), kr("470.125"), kr("940.25")),
                line(Fixtures.month(inputs), "F1", "TREATMENT_RISK3"));
    }
}
