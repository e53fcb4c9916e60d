package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The demo rulebook is a valid, decided fotvård rulebook of the demo vårdval with the published quota forms. */
class DemoRulebookTest {

    @Test
    void theDemoRulebookIsValidAndHasTheQuota246() {
        JsonNode rulebook = Fixtures.json(FotvardDemo.read(FotvardDemo.RULEBOOKS.getFirst()));
        assertEquals("fotvard", rulebook.get("careChoice").asText());
        assertEquals("fotvard", rulebook.get("modelType").asText());
        assertEquals("DECIDED", rulebook.get("status").asText());
        assertEquals(List.of(), Fixtures.MODEL.validate(rulebook.get("parameters")));
        FotvardParameters p = FotvardParameters.parse(rulebook.get("parameters"));
        assertEquals(List.of(2, 4, 6), List.of(p.quota(2), p.quota(3), p.quota(4)));
    }
}
