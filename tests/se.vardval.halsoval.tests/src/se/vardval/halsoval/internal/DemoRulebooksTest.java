package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.CareChoice;

class DemoRulebooksTest {

    private final HalsovalDemo demo = new HalsovalDemo();

    @Test
    void everyDemoRulebookIsAValidHalsovalDocument() throws Exception {
        List<String> documents = demo.rulebooks();
        assertEquals(HalsovalDemo.RULEBOOKS.size(), documents.size());
        for (String document : documents) {
            JsonNode root = new ObjectMapper().readTree(document);
            assertEquals(List.of("careChoice", "modelType", "year", "status", "decision", "parameters"),
                    root.propertyStream().map(e -> e.getKey()).toList());
            assertEquals("halsoval", root.get("careChoice").asText());
            assertEquals(HalsovalModel.MODEL_TYPE, root.get("modelType").asText());
            assertEquals(List.of(), Fixtures.MODEL.validate(root.get("parameters")), root.get("year").asText());
        }
    }

    @Test
    void theProposalDiffersFrom2020AsTheSpecSays() throws Exception {
        JsonNode y2020 = Fixtures.demoRulebook("rulebooks/halsoval-2020.json");
        JsonNode y2021 = Fixtures.demoRulebook("rulebooks/halsoval-2021-proposal.json");
        assertEquals("DECIDED", y2020.get("status").asText());
        assertFalse(y2020.get("decision").asText().isBlank());
        assertEquals("DRAFT", y2021.get("status").asText());
        assertEquals(List.of("DISTANCE", "KEPT_BY_UNIT", "true", "10000", "100000", "820"), facts(y2020));
        assertEquals(List.of("CATCHMENT", "RETURNED_TO_REGION", "false", "10000", "100000", "1100"), facts(y2021));
    }

    private static List<String> facts(JsonNode rulebook) {
        JsonNode p = rulebook.get("parameters");
        return List.of(p.get("sparsity").get("mode").asText(), p.get("patientFees").get("mode").asText(),
                p.get("costResponsibility").get("LOF_LOL").asText(), p.get("penalties").get("krPerWeek").asText(),
                p.get("penalties").get("maxPerOccasion").asText(), p.get("cni").get("krPerIndexPoint").asText());
    }

    @Test
    void theDemoContributesTheHalsovalCareChoice() {
        assertEquals(List.of(new CareChoice("halsoval", "Hälsoval", "halsoval")), demo.careChoices());
    }
}
