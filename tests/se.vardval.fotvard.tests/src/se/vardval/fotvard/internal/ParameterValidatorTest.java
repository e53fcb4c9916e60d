package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.service.UserError;

/** Every bad parameter is named by its path. */
class ParameterValidatorTest {

    @Test
    void theDefaultsAndTheTestRulebookAreValid() {
        assertEquals(List.of(), Fixtures.MODEL.validate(Fixtures.MODEL.defaultParameters()));
        assertEquals(List.of(), Fixtures.MODEL.validate(Fixtures.parameters()));
    }

    @Test
    void eachBadParameterIsNamed() {
        var p = Fixtures.parameters();
        ((ObjectNode) p.get("fees")).put("3", -1).remove("4");
        ((ObjectNode) p.get("fees")).put("1", 100);
        p.put("homeVisitSupplement", "much");
        ((ObjectNode) p.get("maxTreatmentsPerYear")).put("2", 2.5);
        p.put("referralValidMonths", 0);
        p.put("deductPatientFee", "yes");
        p.put("minAge", 200);
        ((ObjectNode) p.get("costHandOver")).put("careChoice", "Hälsoval");
        p.put("extra", 1);
        assertEquals(List.of(
                new ParameterProblem("extra", "unknown parameter 'extra'; known here: costHandOver,"
                        + " deductPatientFee, fees, homeVisitSupplement, maxTreatmentsPerYear, minAge,"
                        + " referralValidMonths"),
                new ParameterProblem("fees.4", "missing parameter '4'"),
                new ParameterProblem("fees.1", "unknown parameter '1'; known here: 2, 3, 4"),
                new ParameterProblem("fees.3", "must not be negative (-1)"),
                new ParameterProblem("homeVisitSupplement", "must be a number"),
                new ParameterProblem("maxTreatmentsPerYear.2",
                        "must be a whole number of treatments a year from 0 to 365 (2.5)"),
                new ParameterProblem("referralValidMonths", "must be a whole number of months from 1 to 120 (0)"),
                new ParameterProblem("deductPatientFee", "must be true or false"),
                new ParameterProblem("minAge", "must be a whole number of years from 0 to 150 (200)"),
                new ParameterProblem("costHandOver.careChoice",
                        "must be the id of a vårdval, e.g. halsoval ('Hälsoval' is not)")),
                Fixtures.MODEL.validate(p));
    }

    @Test
    void aMissingParameterIsNamedAndARunRefused() {
        var p = Fixtures.parameters();
        p.remove("minAge");
        assertEquals(List.of(new ParameterProblem("minAge", "missing parameter 'minAge'")),
                Fixtures.MODEL.validate(p));
        var inputs = new TestInputs(java.time.YearMonth.of(2025, 3), p);
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
                () -> Fixtures.MODEL.calculate(inputs));
        assertEquals("The rulebook's Medicinsk fotvård parameters are invalid: minAge: missing parameter 'minAge'",
                e.getMessage());
    }
}
