package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

class ParameterCheckTest {

    private enum Mode {
        NONE, DISTANCE
    }

    private final ParameterCheck check = new ParameterCheck();

    @Test
    void missingParametersAreNamedAsTheParametersThemselves() {
        assertFalse(check.present(NullNode.getInstance()));
        assertEquals(List.of(new ParameterProblem("parameters", "saknas: förfrågningsunderlaget har inga parametrar")),
                check.problems());
    }

    @Test
    void anObjectNamesEveryMissingAndUnknownKeyByItsPath() throws Exception {
        JsonNode node = json("{\"sparsity\": {\"mode\": \"NONE\", \"bandz\": []}}");
        assertTrue(check.object(node, "", List.of("sparsity")));
        assertTrue(check.object(node.get("sparsity"), "sparsity", List.of("mode", "bands"), List.of("note")));
        assertEquals(List.of("sparsity.bands: parametern 'bands' saknas",
                "sparsity.bandz: okänd parameter 'bandz'; kända här: bands, mode, note"), texts());
    }

    @Test
    void theRootThatIsNoObjectIsCalledParameters() throws Exception {
        assertFalse(check.object(json("[1]"), "", List.of("listingDay")));
        assertEquals(List.of("parameters: måste vara ett objekt"), texts());
    }

    @Test
    void amountsAreNumbersOfAtLeastZeroAndAnAbsentOneIsNoProblem() throws Exception {
        JsonNode node = json("{\"kr\": 2453.50, \"minus\": -1.5, \"text\": \"ten\", \"empty\": null}");
        assertEquals(0, new BigDecimal("2453.50").compareTo(check.amount(node, "capitation", "kr")));
        assertNull(check.amount(node, "capitation", "minus"));
        assertNull(check.amount(node, "capitation", "text"));
        assertNull(check.amount(node, "capitation", "empty"));
        assertNull(check.amount(node, "capitation", "absent"));
        assertEquals(List.of("capitation.minus: får inte vara negativt (-1,5)", "capitation.text: måste vara ett tal",
                "capitation.empty: måste ha ett värde"), texts());
        assertEquals(3, check.count());
    }

    @Test
    void choicesAndBooleansNameWhatIsAllowed() throws Exception {
        JsonNode node = json("{\"mode\": \"AIRPLANE\", \"ok\": \"yes\", \"other\": \"DISTANCE\", \"on\": true}");
        assertNull(check.choice(node, "sparsity", "mode", Mode.class));
        assertEquals(Mode.DISTANCE, check.choice(node, "sparsity", "other", Mode.class));
        assertNull(check.bool(node, "visits", "ok"));
        assertEquals(Boolean.TRUE, check.bool(node, "visits", "on"));
        assertEquals(List.of("sparsity.mode: okänt värde 'AIRPLANE'; tillåtna värden: NONE, DISTANCE",
                "visits.ok: måste vara true eller false"), texts());
    }

    @Test
    void anArrayIsCheckedOnlyWhenPresent() throws Exception {
        assertFalse(check.array(null, "targets"));
        assertFalse(check.array(json("{}"), "targets"));
        assertTrue(check.array(json("[]"), "targets"));
        assertEquals(List.of("targets: måste vara en lista"), texts());
    }

    @Test
    void aRulebooksParametersReachTheModelOnlyAsAnObjectWithTheirIndexRoundingChecked() throws Exception {
        List<JsonNode> seen = new ArrayList<>();
        BiConsumer<ParameterCheck, JsonNode> model = (c, p) -> {
            seen.add(p);
            c.amount(p, "", "rate");
        };
        assertEquals(List.of("parameters: saknas: förfrågningsunderlaget har inga parametrar"),
                texts(ParameterCheck.validate(null, List.of("rate"), model)));
        assertEquals(List.of("parameters: måste vara ett objekt"),
                texts(ParameterCheck.validate(json("[]"), List.of("rate"), model)));
        assertEquals(List.of(), seen);
        JsonNode p = json("{\"rate\": -1, \"bonus\": 2, \"indexRounding\": {\"rate\": 11}}");
        assertEquals(List.of("bonus: okänd parameter 'bonus'; kända här: indexRounding, rate",
                "indexRounding.rate: antalet decimaler är ett heltal från 0 till 10, inte 11",
                "rate: får inte vara negativt (-1)"), texts(ParameterCheck.validate(p, List.of("rate"), model)));
        assertEquals(List.of(p), seen);
    }

    private List<String> texts() {
        return texts(check.problems());
    }

    private static List<String> texts(List<ParameterProblem> problems) {
        return problems.stream().map(ParameterProblem::toString).toList();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
