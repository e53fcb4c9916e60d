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
        assertEquals(List.of("maxAge: parametern 'maxAge' saknas", "maxAlder: okänd parameter 'maxAlder'; kända"
                + " här: ageGroups, capitation, careNeed, emergencyFee, indexRounding, listingDay, maxAge, minAge,"
                + " riskPool"),
                problems(p));
        assertEquals(List.of("parameters: saknas: förfrågningsunderlaget har inga parametrar"),
                MODEL.validate(null).stream().map(ParameterProblem::toString).toList());
    }

    @Test
    void theAgeGroupsMustCoverTheAgeLimitsExactly() {
        ObjectNode p = Fixtures.parameters();
        p.put("maxAge", 23);
        ((ObjectNode) p.get("ageGroups").get(1)).put("fromAge", 8);
        assertEquals(List.of("ageGroups[1].fromAge: måste vara 7, åldern efter gruppen före, så att grupperna varken"
                + " har luckor eller överlappar", "ageGroups: den sista åldersgruppen måste sluta vid maxAge (23), inte"
                + " vid 19"),
                problems(p));
        p.put("minAge", 30);
        assertTrue(problems(p).contains("maxAge: maxAge 23 är lägre än minAge 30"), problems(p).toString());
    }

    @Test
    void theCapitationTableHasARowOfThreeAmountsPerAgeGroup() {
        ObjectNode p = Fixtures.parameters();
        ((ArrayNode) p.get("capitation")).remove(2);
        ((ArrayNode) p.get("capitation").get(0)).remove(2);
        ((ArrayNode) p.get("capitation").get(1)).set(0, IntNode.valueOf(-5));
        assertEquals(List.of("capitation: antalet rader (2) är inte antalet åldersgrupper (3)",
                "capitation[0]: måste vara en lista med 3 årsbelopp, ett per vårdbehovsgrupp 1–3",
                "capitation[1][0]: får inte vara negativt (-5)"), problems(p));
    }

    @Test
    void careNeedGroupsRiskPoolAndFeesAreChecked() {
        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("careNeed").get("areas")).put("AREA4", 4);
        ((ObjectNode) p.get("careNeed")).put("defaultGroup", 0);
        ((ObjectNode) p.get("riskPool")).put("percent", 101).put("payoutMonth", 13).put("payoutTo", "FOLK");
        ((ObjectNode) p.get("emergencyFee")).put("AKUT3", "many");
        p.put("listingDay", "SOME_DAY");
        assertEquals(List.of("listingDay: okänt värde 'SOME_DAY'; tillåtna värden: FIRST_OF_MONTH, LAST_OF_MONTH,"
                + " LAST_OF_PREVIOUS_MONTH", "careNeed.defaultGroup: måste vara vårdbehovsgrupp 1, 2 eller 3 (0)",
                "careNeed.areas.AREA4: måste vara vårdbehovsgrupp 1, 2 eller 3 (4)",
                "riskPool.percent: får vara högst 100", "riskPool.payoutMonth: måste vara en månad 1–12 (13)",
                "riskPool.payoutTo: okänt värde 'FOLK'; tillåtna värden: PRIVATE, ALL",
                "emergencyFee.AKUT3: måste vara ett tal"), problems(p));
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
        assertEquals("Förfrågningsunderlagets parametrar för Tandvård är ogiltiga: riskPool.percent: får vara högst"
                + " 100",
                e.getMessage());
    }

    @Test
    void theListingDayOfAMissingOrUnknownValueIsRefused() {
        ObjectNode p = Fixtures.parameters();
        p.put("listingDay", "SOME_DAY");
        assertEquals("listingDay: okänt värde 'SOME_DAY'; tillåtna värden: FIRST_OF_MONTH, LAST_OF_MONTH,"
                + " LAST_OF_PREVIOUS_MONTH",
                assertThrows(UserError.class, () -> MODEL.listingDay(p, CapitationTest.MARCH)).getMessage());
        p.remove("listingDay");
        assertEquals("listingDay: parametern 'listingDay' saknas",
                assertThrows(UserError.class, () -> MODEL.listingDay(p, CapitationTest.MARCH)).getMessage());
    }
}
