package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;

class DemoRulebooksTest {

    private final TandvardDemo demo = new TandvardDemo();

    @Test
    void everyDemoRulebookIsAValidDecidedTandvardDocument() {
        List<String> documents = demo.rulebooks();
        assertEquals(2, documents.size());
        for (String document : documents) {
            JsonNode root = Fixtures.json(document);
            assertEquals(List.of("careChoice", "modelType", "year", "status", "decision", "parameters"),
                    root.propertyStream().map(e -> e.getKey()).toList());
            assertEquals("barntandvard", root.get("careChoice").asText());
            assertEquals(TandvardModel.MODEL_TYPE, root.get("modelType").asText());
            assertEquals("DECIDED", root.get("status").asText());
            assertEquals(List.of(), Fixtures.MODEL.validate(root.get("parameters")), root.get("year").asText());
        }
    }

    @Test
    void theAgeLimitFallsFrom23To19In2025() {
        JsonNode y2024 = Fixtures.demoRulebook("rulebooks/barntandvard-2024.json");
        JsonNode y2025 = Fixtures.demoRulebook("rulebooks/barntandvard-2025.json");
        assertEquals(List.of(2024, 23), List.of(y2024.get("year").asInt(), y2024.get("parameters").get("maxAge")
                .asInt()));
        assertEquals(List.of(2025, 19), List.of(y2025.get("year").asInt(), y2025.get("parameters").get("maxAge")
                .asInt()));
    }

    @Test
    void theDemoContributesTheBarntandvardCareChoice() {
        assertEquals(List.of(new CareChoice("barntandvard", "Barntandvård", "tandvard")), demo.careChoices());
    }
}
