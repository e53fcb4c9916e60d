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
                new ParameterProblem("extra", "okänd parameter 'extra'; kända här: costHandOver,"
                        + " deductPatientFee, fees, homeVisitSupplement, indexRounding, maxTreatmentsPerYear, minAge,"
                        + " referralValidMonths"),
                new ParameterProblem("fees.4", "parametern '4' saknas"),
                new ParameterProblem("fees.1", "okänd parameter '1'; kända här: 2, 3, 4"),
                new ParameterProblem("fees.3", "får inte vara negativt (-1)"),
                new ParameterProblem("homeVisitSupplement", "måste vara ett tal"),
                new ParameterProblem("maxTreatmentsPerYear.2",
                        "måste vara ett helt antal behandlingar per år från 0 till 365 (2,5)"),
                new ParameterProblem("referralValidMonths", "måste vara ett helt antal månader från 1 till 120 (0)"),
                new ParameterProblem("deductPatientFee", "måste vara true eller false"),
                new ParameterProblem("minAge", "måste vara ett helt antal år från 0 till 150 (200)"),
                new ParameterProblem("costHandOver.careChoice",
                        "måste vara ett vårdvals id, t.ex. halsoval ('Hälsoval' är inget)")),
                Fixtures.MODEL.validate(p));
    }

    @Test
    void aMissingParameterIsNamedAndARunRefused() {
        var p = Fixtures.parameters();
        p.remove("minAge");
        assertEquals(List.of(new ParameterProblem("minAge", "parametern 'minAge' saknas")),
                Fixtures.MODEL.validate(p));
        var inputs = new TestInputs(java.time.YearMonth.of(2025, 3), p);
        UserError e = org.junit.jupiter.api.Assertions.assertThrows(UserError.class,
                () -> Fixtures.MODEL.calculate(inputs));
        assertEquals("Förfrågningsunderlagets parametrar för Medicinsk fotvård är ogiltiga: minAge: parametern"
                + " 'minAge' saknas",
                e.getMessage());
    }
}
