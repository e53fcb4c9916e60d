package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.tandvard.internal.Fixtures.MODEL;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.AnnualRate;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.service.UserError;

class ParameterValidatorTest {

    private static List<String> problems(ObjectNode p) {
        return MODEL.validate(p).stream().map(ParameterProblem::toString).toList();
    }

    @Test
    void theDefaultsAndTheTestRulebookAreValid() {
        assertEquals(List.of(), MODEL.validate(MODEL.defaultParameters()));
        assertEquals(List.of(), MODEL.validate(Fixtures.parameters()));
    }

    @Test
    void missingAndUnknownParametersAreNamed() {
        ObjectNode p = Fixtures.parameters();
        p.remove("maxAge");
        p.put("maxAlder", 19);
        assertEquals(List.of("maxAge: missing parameter 'maxAge'", "maxAlder: unknown parameter 'maxAlder'; known"
                + " here: ageGroups, capitation, careNeed, emergencyFee, listingDay, maxAge, minAge, riskPool"),
                problems(p));
        assertEquals(List.of("parameters: missing: the rulebook has no parameters"),
                MODEL.validate(null).stream().map(ParameterProblem::toString).toList());
    }

    @Test
    void theAgeGroupsMustCoverTheAgeLimitsExactly() {
        ObjectNode p = Fixtures.parameters();
        p.put("maxAge", 23);
        ((ObjectNode) p.get("ageGroups").get(1)).put("fromAge", 8);
        assertEquals(List.of("ageGroups[1].fromAge: must be 7, the age after the group before, so that groups have"
                + " no gap or overlap", "ageGroups: the last age group must end at maxAge (23), not at 19"),
                problems(p));
        p.put("minAge", 30);
        assertTrue(problems(p).contains("maxAge: maxAge 23 is below minAge 30"), problems(p).toString());
    }

    @Test
    void theCapitationTableHasARowOfThreeAmountsPerAgeGroup() {
        ObjectNode p = Fixtures.parameters();
        ((ArrayNode) p.get("capitation")).remove(2);
        ((ArrayNode) p.get("capitation").get(0)).remove(2);
        ((ArrayNode) p.get("capitation").get(1)).set(0, IntNode.valueOf(-5));
        assertEquals(List.of("capitation: has 2 row(s) but there are 3 age group(s)",
                "capitation[0]: must be an array of 3 annual amounts, one per care-need group 1–3",
                "capitation[1][0]: must not be negative (-5)"), problems(p));
    }

    @Test
    void careNeedGroupsRiskPoolAndFeesAreChecked() {
        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("careNeed").get("areas")).put("AREA4", 4);
        ((ObjectNode) p.get("careNeed")).put("defaultGroup", 0);
        ((ObjectNode) p.get("riskPool")).put("percent", 101).put("payoutMonth", 13).put("payoutTo", "FOLK");
        ((ObjectNode) p.get("emergencyFee")).put("AKUT3", "many");
        p.put("listingDay", "SOME_DAY");
        assertEquals(List.of("listingDay: unknown value 'SOME_DAY'; expected one of FIRST_OF_MONTH, LAST_OF_MONTH,"
                + " LAST_OF_PREVIOUS_MONTH", "careNeed.defaultGroup: must be a care-need group 1, 2 or 3 (0)",
                "careNeed.areas.AREA4: must be a care-need group 1, 2 or 3 (4)",
                "riskPool.percent: must be at most 100", "riskPool.payoutMonth: must be a month 1–12 (13)",
                "riskPool.payoutTo: unknown value 'FOLK'; expected one of PRIVATE, ALL",
                "emergencyFee.AKUT3: must be a number"), problems(p));
    }

    @Test
    void everyCapitationCellIsAnAnnualRateForIndexationInWholeKronor() {
        List<AnnualRate> rates = MODEL.annualRates(Fixtures.parameters());
        assertEquals(9, rates.size());
        assertEquals(new AnnualRate("capitation[0][0]", 0), rates.getFirst());
        assertEquals(new AnnualRate("capitation[2][2]", 0), rates.getLast());
    }

    @Test
    void aRunWithInvalidParametersIsRefusedNamingTheProblem() {
        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("riskPool")).put("percent", 101);
        UserError e = assertThrows(UserError.class,
                () -> Fixtures.run(new TestInputs(CapitationTest.MARCH, p).unit("A")));
        assertEquals("The rulebook's Tandvård parameters are invalid: riskPool.percent: must be at most 100",
                e.getMessage());
    }
}
