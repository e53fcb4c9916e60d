package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.service.UserError;

/** The parameters: defaults and the test rulebook are valid, and every problem names its parameter. */
class ParameterValidatorTest {

    @Test
    void theDefaultsAndTheTestRulebookAreValid() {
        assertEquals(List.of(), Fixtures.MODEL.validate(Fixtures.MODEL.defaultParameters()));
        assertEquals(List.of(), Fixtures.MODEL.validate(Fixtures.parameters()));
    }

    @Test
    void everyProblemNamesTheBadParameter() {
        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("visitPrices").get(0)).put("visitKind", "FIRST");
        ((ObjectNode) p.get("visitPrices").get(2)).put("contactType", "PHYSICAL").put("profession", "DOCTOR")
                .put("visitKind", "RETURN");
        ((ObjectNode) p.get("drgWeights")).put("302O", -1);
        ((ObjectNode) p.get("episodes").get("HIP")).put("warrantyDays", 1.5);
        ((ObjectNode) p.get("ceiling")).put("ratePercent", 120);
        ((ObjectNode) p.get("targets").get(0)).put("comparison", "ABOVE");
        p.put("referralRequired", "yes");
        p.remove("deductPatientFee");
        p.put("drgPrice", 1);

        List<String> problems = Fixtures.MODEL.validate(p).stream().map(ParameterProblem::toString).toList();

        assertEquals(List.of("deductPatientFee: parametern 'deductPatientFee' saknas",
                "drgPrice: okänd parameter 'drgPrice'; kända här: ceiling, deductPatientFee, drgOutlier,"
                        + " drgPricePerPoint, drgWeights, episodes, fixedGrantCode, indexRounding, referralRequired,"
                        + " targets, valueBased, visitPrices",
                "visitPrices[0].visitKind: okänt värde 'FIRST'; tillåtna värden: NEW, RETURN",
                "visitPrices[2]: ett andra pris för PHYSICAL DOCTOR RETURN; varje kontakttyp, yrkesgrupp och besökstyp"
                        + " har ett pris",
                "referralRequired: måste vara true eller false", "drgWeights.302O: får inte vara negativt (-1)",
                "episodes.HIP.warrantyDays: måste vara ett helt antal dagar, högst 36 500",
                "targets[0].comparison: okänt värde 'ABOVE'; tillåtna värden: AT_LEAST, AT_MOST",
                "ceiling.ratePercent: måste vara en procentsats på högst 100 (120)"), problems);
    }

    @Test
    void aRunUnderInvalidParametersIsRefusedWithTheProblems() {
        ObjectNode p = Fixtures.parameters().put("drgPricePerPoint", "much");
        UserError e = assertThrows(UserError.class, () -> Fixtures.run(new TestInputs(YearMonth.of(2025, 1), p)));
        assertTrue(e.getMessage().contains("drgPricePerPoint: måste vara ett tal"), e.getMessage());
    }
}
