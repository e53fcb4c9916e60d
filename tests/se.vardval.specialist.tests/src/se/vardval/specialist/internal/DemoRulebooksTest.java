package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The demo's three specialist vårdval and their rulebooks. */
class DemoRulebooksTest {

    private final SpecialistDemo demo = new SpecialistDemo();

    @Test
    void everyDemoRulebookIsAValidDecidedSpecialistDocumentOfItsOwnVardval() {
        List<String> documents = demo.rulebooks();
        assertEquals(List.of("hud", "ogon", "hoftknaprotes"), documents.stream()
                .map(d -> Fixtures.json(d).get("careChoice").asText()).toList());
        for (String document : documents) {
            JsonNode root = Fixtures.json(document);
            assertEquals(SpecialistModel.MODEL_TYPE, root.get("modelType").asText());
            assertEquals("DECIDED", root.get("status").asText());
            assertEquals(List.of(), Fixtures.MODEL.validate(root.get("parameters")), root.get("careChoice").asText());
        }
        assertEquals(List.of("hud", "ogon", "hoftknaprotes"), demo.careChoices().stream()
                .filter(c -> c.modelType().equals("specialist")).map(c -> c.id()).toList());
    }

    @Test
    void hudPaysTheNationalFeeSchedulesStandardVisitAndProtesHasATwoYearWarranty() {
        JsonNode hud = Fixtures.json(demo.rulebooks().get(0)).get("parameters");
        assertEquals(839, hud.get("visitPrices").get(0).get("kr").intValue());
        JsonNode protes = Fixtures.json(demo.rulebooks().get(2)).get("parameters");
        assertEquals(730, protes.get("episodes").get("HIP").get("warrantyDays").intValue());
    }
}
