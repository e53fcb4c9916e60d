package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;

/** The test rulebook, patients and result look-ups shared by the tests. */
final class Fixtures {

    static final SpecialistModel MODEL = new SpecialistModel();

    /** Patients (valid personnummer). */
    static final String P1 = "19500101-0007";
    static final String P2 = "19480202-0000";
    static final String P3 = "19620303-0009";

    /**
     * The test rulebook: visit prices PHYSICAL DOCTOR NEW 839, RETURN 600, DIGITAL NURSE RETURN 250.50, patient fee
     * deducted, referral required; DRG 63 493 kr per point, weights 302O 1.874 and 102O 0.512, stays over 10 days
     * 4 200 kr a day; episode HIP 95 000 kr with a warranty of 730 days; PROM bonus 5 % from +0.15, deduction 10 % from
     * −0.10; target WAIT_90 at least 0.8 pays 2 %; fixed grant from tilläggsuppdrag ANSLAG; no ceiling.
     */
    static final String PARAMETERS = """
            {"visitPrices": [
               {"contactType": "PHYSICAL", "profession": "DOCTOR", "visitKind": "NEW", "kr": 839},
               {"contactType": "PHYSICAL", "profession": "DOCTOR", "visitKind": "RETURN", "kr": 600},
               {"contactType": "DIGITAL", "profession": "NURSE", "visitKind": "RETURN", "kr": 250.50}],
             "deductPatientFee": true, "referralRequired": true,
             "drgPricePerPoint": 63493, "drgWeights": {"302O": 1.874, "102O": 0.512},
             "drgOutlier": {"trimDays": 10, "krPerDay": 4200},
             "episodes": {"HIP": {"price": 95000, "warrantyDays": 730}},
             "valueBased": {"bonusPercent": 5, "deductionPercent": 10, "improvementThreshold": 0.15,
                            "worseningThreshold": 0.10},
             "targets": [{"indicator": "WAIT_90", "comparison": "AT_LEAST", "threshold": 0.8, "percent": 2}],
             "fixedGrantCode": "ANSLAG",
             "ceiling": {"annualAmount": 0, "ratePercent": 100}}
            """;

    private Fixtures() {
    }

    /** A fresh copy of the test rulebook's parameters. */
    static ObjectNode parameters() {
        return (ObjectNode) json(PARAMETERS);
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static ModelResult run(TestInputs inputs) {
        return MODEL.calculate(inputs);
    }

    /** The line of a unit and component, or null when there is none. */
    static PaymentLine line(ModelResult result, String hsaId, String component) {
        List<PaymentLine> lines = result.lines().stream()
                .filter(l -> l.hsaId().equals(hsaId) && l.component().equals(component)).toList();
        assertTrue(lines.size() <= 1, "one line per unit and component");
        return lines.isEmpty() ? null : lines.getFirst();
    }

    /** The amount of a unit's line, or null when there is none. */
    static BigDecimal amount(ModelResult result, String hsaId, String component) {
        PaymentLine line = line(result, hsaId, component);
        return line == null ? null : line.amount();
    }

    /** The rejection of an activity, or null. */
    static RejectedItem rejection(ModelResult result, String activityId) {
        return result.rejections().stream().filter(r -> r.itemId().equals(activityId)).findFirst().orElse(null);
    }

    static BigDecimal kr(String value) {
        return new BigDecimal(value);
    }
}
