package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.service.UserError;

/** The paths of a rulebook's indexRounding are checked against the annual rates its model indexes. */
class IndexRoundingTest {

    private static final List<AnnualRate> RATES = List.of(new AnnualRate("capitation.krPerPoint", 0),
            new AnnualRate("sparsity.bands[0].krPerYear", 0));

    @Test
    void aRatePathOrAPrefixOfOneIsNoProblem() throws Exception {
        assertEquals(List.of(), IndexRounding.unknownPaths(RATES,
                json("{\"indexRounding\": {\"capitation.krPerPoint\": 2, \"sparsity\": 1, \"sparsity.bands\": 0}}")));
        assertEquals(List.of(), IndexRounding.unknownPaths(RATES, json("{\"capitation\": {}}")), "none given");
    }

    @Test
    void everyPathThatNamesNoRateIsAProblemNamingItAndTheIndexedRates() throws Exception {
        JsonNode parameters = json("{\"indexRounding\": {\"capitation.kr\": 2, \"capitation.krPerPoint\": 1,"
                + " \"visits\": 0}}");

        List<ParameterProblem> problems = IndexRounding.unknownPaths(RATES, parameters);

        String indexed = "ingen årlig ersättning i förfrågningsunderlaget heter så; de indexerade är"
                + " capitation.krPerPoint, sparsity.bands[0].krPerYear";
        assertEquals(List.of(new ParameterProblem("indexRounding.capitation.kr", indexed),
                new ParameterProblem("indexRounding.visits", indexed)), problems, "a path is no prefix of a key");
        assertEquals("indexRounding.capitation.kr: " + indexed,
                assertThrows(UserError.class, () -> IndexRounding.apply(RATES, parameters)).getMessage());
    }

    @Test
    void aModelThatIndexesNothingSaysSo() throws Exception {
        assertEquals(List.of(new ParameterProblem("indexRounding.fees", "ingen årlig ersättning i"
                + " förfrågningsunderlaget heter så; modellen indexerar inga")),
                IndexRounding.unknownPaths(List.of(), json("{\"indexRounding\": {\"fees\": 0}}")));
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
