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

        List<String> paths = Fixtures.MODEL.validate(p).stream().map(ParameterProblem::path).toList();

        assertEquals(List.of("deductPatientFee", "drgPrice", "visitPrices[0].visitKind", "visitPrices[2]",
                "referralRequired", "drgWeights.302O", "episodes.HIP.warrantyDays", "targets[0].comparison",
                "ceiling.ratePercent"), paths);
        assertTrue(Fixtures.MODEL.validate(p).get(2).reason()
                .startsWith("unknown value 'FIRST'; expected one of NEW, RETURN"));
    }

    @Test
    void aRunUnderInvalidParametersIsRefusedWithTheProblems() {
        ObjectNode p = Fixtures.parameters().put("drgPricePerPoint", "much");
        UserError e = assertThrows(UserError.class, () -> Fixtures.run(new TestInputs(YearMonth.of(2025, 1), p)));
        assertTrue(e.getMessage().contains("drgPricePerPoint: must be a number"), e.getMessage());
    }
}
