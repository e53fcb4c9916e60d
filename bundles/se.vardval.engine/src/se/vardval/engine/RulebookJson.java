package se.vardval.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** The rulebook JSON document of data-formats.md: a common top level and the model's {@code parameters}. */
final class RulebookJson {

    private static final Set<String> TOP_LEVEL = Set.of("careChoice", "modelType", "year", "status", "decision",
            "parameters");

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    Rulebook read(String json) {
        JsonNode root = parse(json);
        List<String> problems = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!TOP_LEVEL.contains(name)) {
                problems.add("okänt fält '" + name + "'");
            }
        });
        for (String name : List.of("careChoice", "modelType", "year", "parameters")) {
            if (!root.hasNonNull(name)) {
                problems.add("fältet '" + name + "' saknas");
            }
        }
        if (root.has("year") && !root.get("year").canConvertToInt()) {
            problems.add("year: inte ett år: " + root.get("year"));
        }
        if (root.hasNonNull("parameters") && !root.get("parameters").isObject()) {
            problems.add("parameters: måste vara ett objekt");
        }
        RulebookStatus status = status(root.path("status").asText("DRAFT"), problems);
        if (!problems.isEmpty()) {
            throw new UserError("förfrågningsunderlaget avvisades: " + String.join("; ", problems));
        }
        return new Rulebook(root.get("careChoice").asText(), root.get("modelType").asText(), root.get("year").asInt(),
                status, root.path("decision").isNull() ? null : root.path("decision").asText(null),
                root.get("parameters"));
    }

    String write(Rulebook rulebook) {
        ObjectNode root = mapper.createObjectNode();
        root.put("careChoice", rulebook.careChoice());
        root.put("modelType", rulebook.modelType());
        root.put("year", rulebook.year());
        root.put("status", rulebook.status().name());
        root.put("decision", rulebook.decision());
        root.set("parameters", rulebook.parameters());
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private JsonNode parse(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || !root.isObject()) {
                throw new UserError("förfrågningsunderlaget avvisades: inte ett JSON-objekt");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UserError("förfrågningsunderlaget avvisades: ogiltig JSON på rad " + e.getLocation().getLineNr()
                    + ", kolumn " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static RulebookStatus status(String text, List<String> problems) {
        try {
            return RulebookStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add("status: måste vara DRAFT eller DECIDED, inte '" + text + "'");
            return RulebookStatus.DRAFT;
        }
    }
}
