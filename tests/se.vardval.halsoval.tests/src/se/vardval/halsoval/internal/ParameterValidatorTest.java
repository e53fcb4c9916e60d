package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.at;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.set;
import static se.vardval.halsoval.internal.Fixtures.text;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.service.UserError;

class ParameterValidatorTest {

    private static List<ParameterProblem> problems(Consumer<ObjectNode> change) {
        ObjectNode p = defaults();
        change.accept(p);
        return Fixtures.MODEL.validate(p);
    }

    /** Asserts exactly one problem, at the path, whose reason contains the text. */
    private static void onlyProblem(String path, String reason, Consumer<ObjectNode> change) {
        List<ParameterProblem> problems = problems(change);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(path, problems.getFirst().path(), problems.toString());
        assertTrue(problems.getFirst().reason().contains(reason), problems.toString());
    }

    private static ObjectNode band(ObjectNode p, String table, int index) {
        return (ObjectNode) ((ArrayNode) at(p, table).get("ageWeights")).get(index);
    }

    @Test
    void theDefaultsAreValidAndCoverEveryParameter() {
        assertEquals(List.of(), Fixtures.MODEL.validate(defaults()));
        assertEquals(List.of("listingDay", "capitation", "cni", "drugs", "sparsity", "visits", "targets", "penalties",
                "patientFees", "costResponsibility", "vatCompensation"), defaults().propertyStream().map(e -> e.getKey())
                        .toList());
    }

    @Test
    void missingAndUnknownParametersAreNamed() {
        onlyProblem("drugs", "parametern 'drugs' saknas", p -> p.remove("drugs"));
        onlyProblem("capitation.krPerPoint", "parametern 'krPerPoint' saknas", p -> at(p, "capitation").remove("krPerPoint"));
        onlyProblem("bonus", "okänd parameter 'bonus'", p -> p.put("bonus", 1));
        onlyProblem("visits.otherListed.NURSE", "okänd parameter 'NURSE'", p -> set(p, "visits.otherListed.NURSE", "1"));
        assertEquals(11, problems(p -> p.removeAll()).size(), "each of the eleven is named");
        assertEquals("parameters", Fixtures.MODEL.validate(NullNode.getInstance()).getFirst().path());
    }

    @Test
    void theRulebookMayRoundIndexedRatesItself() {
        assertEquals(List.of(), problems(p -> p.putObject("indexRounding").put("cni.krPerIndexPoint", 2)
                .put("sparsity", 0)));
        onlyProblem("indexRounding.cni.krPerIndexPoint", "heltal från 0 till 10, inte 2.5",
                p -> p.putObject("indexRounding").put("cni.krPerIndexPoint", 2.5));
        onlyProblem("indexRounding.drugs", "heltal från 0 till 10, inte 11", p -> p.putObject("indexRounding")
                .put("drugs", 11));
        onlyProblem("indexRounding", "måste vara ett objekt", p -> p.put("indexRounding", 2));
    }

    @Test
    void ageBandsMustCoverZeroToHundredPlusWithoutGapOrOverlap() {
        onlyProblem("capitation.ageWeights", "lucka: åldrarna 10–10", p -> band(p, "capitation", 2).put("fromAge", 11));
        onlyProblem("capitation.ageWeights[2]", "överlappar gruppen 5–9", p -> band(p, "capitation", 2).put("fromAge", 9));
        onlyProblem("drugs.ageWeights", "måste börja vid 0 år", p -> band(p, "drugs", 0).put("fromAge", 1));
        onlyProblem("drugs.ageWeights", "måste täcka 100+", p -> band(p, "drugs", 20).put("toAge", 104));
        onlyProblem("capitation.ageWeights[3]", "är lägre än fromAge", p -> band(p, "capitation", 3).put("toAge", 14));
        onlyProblem("drugs.ageWeights", "måste ha minst en rad", p -> at(p, "drugs").putArray("ageWeights"));
        onlyProblem("capitation.ageWeights[0].fromAge", "måste vara ett heltal", p -> band(p, "capitation", 0).put("fromAge", 0.5));
    }

    @Test
    void ratesMustNotBeNegativeAndMustBeNumbers() {
        onlyProblem("capitation.krPerPoint", "får inte vara negativt", p -> set(p, "capitation.krPerPoint", "-1"));
        onlyProblem("visits.unlisted.DOCTOR", "får inte vara negativt", p -> set(p, "visits.unlisted.DOCTOR", "-5"));
        onlyProblem("drugs.ageWeights[4].weight", "får inte vara negativt", p -> band(p, "drugs", 4).put("weight", -0.1));
        onlyProblem("cni.krPerIndexPoint", "måste vara ett tal", p -> text(p, "cni.krPerIndexPoint", "820"));
        onlyProblem("cni.reference", "måste vara större än 0", p -> set(p, "cni.reference", "0"));
        onlyProblem("vatCompensation.percent", "får vara högst 100", p -> set(p, "vatCompensation.percent", "120"));
        onlyProblem("visits.chargeListingUnit", "måste vara true eller false", p -> text(p, "visits.chargeListingUnit", "yes"));
    }

    @Test
    void unknownEnumValuesListTheKnownOnes() {
        onlyProblem("listingDay", "tillåtna värden: FIRST_OF_MONTH, LAST_OF_MONTH, LAST_OF_PREVIOUS_MONTH",
                p -> text(p, "listingDay", "MID_MONTH"));
        onlyProblem("sparsity.mode", "okänt värde 'AIRPLANE'", p -> text(p, "sparsity.mode", "AIRPLANE"));
        onlyProblem("cni.source", "okänt värde", p -> text(p, "cni.source", "GUESS"));
        onlyProblem("patientFees.mode", "okänt värde", p -> text(p, "patientFees.mode", "SHARED"));
    }

    private static void target(ObjectNode p, String indicator, String comparison) {
        ((ArrayNode) p.get("targets")).addObject().put("indicator", indicator).put("threshold", kr("0.85"))
                .put("comparison", comparison).put("krPerListedPerYear", kr("100"));
    }

    @Test
    void targetsNeedAnIndicatorCodeOnceAndAKnownComparison() {
        onlyProblem("targets[0].indicator", "är ingen indikatorkod", p -> target(p, "3:an", "AT_LEAST"));
        onlyProblem("targets[1].indicator", "har mer än ett mål", p -> {
            target(p, "ACCESS_3DAYS", "AT_LEAST");
            target(p, "ACCESS_3DAYS", "AT_MOST");
        });
        onlyProblem("targets[0].comparison", "okänt värde 'ABOUT'", p -> target(p, "ACCESS_3DAYS", "ABOUT"));
        assertEquals(List.of(), problems(p -> target(p, "ACCESS_3DAYS", "AT_LEAST")));
    }

    @Test
    void sexSpecificCapitationNeedsBothSexWeightsInEveryBand() {
        onlyProblem("capitation.ageWeights[7].weightM", "den krävs eftersom capitation.sexSpecific är true", p -> {
            Fixtures.bool(p, "capitation.sexSpecific", true);
            band(p, "capitation", 7).remove("weightM");
        });
        onlyProblem("drugs.ageWeights[0].weightF", "okänd parameter", p -> band(p, "drugs", 0).put("weightF", 1));
    }

    @Test
    void cniWeightsAndCostCategoriesAreNamedByTheirCodes() {
        List<ParameterProblem> flags = problems(p -> {
            at(p, "cni.weights").remove("UNDER5");
            set(p, "cni.weights.LEFT_HANDED", "1");
        });
        assertEquals(List.of("cni.weights.UNDER5", "cni.weights.LEFT_HANDED"),
                flags.stream().map(ParameterProblem::path).toList());
        onlyProblem("costResponsibility.CANDY", "okänd parameter", p -> Fixtures.bool(p, "costResponsibility.CANDY", true));
        onlyProblem("costResponsibility.LAB", "parametern 'LAB' saknas", p -> at(p, "costResponsibility").remove("LAB"));
        assertEquals(List.of(), problems(p -> at(p, "cni").remove("weights")), "weights are optional");
    }

    @Test
    void sparsityBandsMustBeContiguousAndOrdered() {
        onlyProblem("sparsity.bands[1].fromKm", "måste vara lika med toKm i intervallet före (30,5)", p -> {
            text(p, "sparsity.mode", "DISTANCE");
            ArrayNode bands = at(p, "sparsity").putArray("bands");
            bands.addObject().put("fromKm", 0).put("toKm", 30.5).put("krPerYear", 0);
            bands.addObject().put("fromKm", 40).putNull("toKm").put("krPerYear", 500);
        });
        onlyProblem("sparsity.bands[1].maxPopulation", "stigande ordning", p -> {
            text(p, "sparsity.mode", "CATCHMENT");
            ArrayNode bands = at(p, "sparsity").putArray("bands");
            bands.addObject().put("maxPopulation", 4000).put("krPerYear", 0);
            bands.addObject().put("maxPopulation", 2000).put("krPerYear", 500);
        });
        onlyProblem("sparsity.bands", "måste ha minst en rad", p -> text(p, "sparsity.mode", "DISTANCE"));
    }

    @Test
    void aRunWithInvalidParametersIsRefusedNamingTheProblems() {
        ObjectNode p = set(defaults(), "capitation.krPerPoint", "-1");
        UserError error = assertThrows(UserError.class,
                () -> Fixtures.run(new TestInputs(YearMonth.of(2020, 3), p).unit("A")));
        assertTrue(error.getMessage().contains("capitation.krPerPoint"), error.getMessage());
    }

    @Test
    void theListingDayOfAMissingOrUnknownValueIsRefused() {
        YearMonth march = YearMonth.of(2020, 3);
        ObjectNode p = defaults();
        p.put("listingDay", "SOME_DAY");
        assertEquals("listingDay: okänt värde 'SOME_DAY'; tillåtna värden: FIRST_OF_MONTH, LAST_OF_MONTH,"
                + " LAST_OF_PREVIOUS_MONTH",
                assertThrows(UserError.class, () -> Fixtures.MODEL.listingDay(p, march)).getMessage());
        p.remove("listingDay");
        assertEquals("listingDay: parametern 'listingDay' saknas",
                assertThrows(UserError.class, () -> Fixtures.MODEL.listingDay(p, march)).getMessage());
    }
}
