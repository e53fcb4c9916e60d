package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Paths as models name parameters in their problems. */
class JsonPathTest {

    @Test
    void readsAndWritesByTheModelsPaths() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree("{\"a\":{\"rows\":[{\"w\":1},{\"w\":2}]}}");
        JsonPath path = JsonPath.parse("a.rows[1].w");

        assertEquals(2, path.read(json).asInt());
        path.write(json, IntNode.valueOf(7));

        assertEquals(7, json.path("a").path("rows").path(1).path("w").asInt());
        assertEquals("a.rows[1].w", path.toString());
        assertEquals(path, JsonPath.ROOT.key("a").key("rows").index(1).key("w"));
    }

    @Test
    void aPathIsReadWithItsRowsCountedFromOne() {
        assertEquals("capitation.ageWeights rad 2: weight", JsonPath.readable("capitation.ageWeights[1].weight", "rad"));
        assertEquals("visits rad 1", JsonPath.readable("visits[0]", "rad"));
        assertEquals("a rad 3: b rad 1: c", JsonPath.readable("a[2].b[0].c", "rad"));
        assertEquals("vikter.csv:3: weight", JsonPath.readable("vikter.csv:3: weight", "rad"), "a file's row as it is");
    }
}
