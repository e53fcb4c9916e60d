package se.vardval.ui.audit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an audited change changed: the fields whose values differ between the state before and after (JSON), each as
 * {@code field: before → after}, and the states laid out one field a line for reading.
 */
final class StateChanges {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONE = "–";

    private StateChanges() {
    }

    /** Each differing field as {@code path: before → after}, in the order of the state after (then before). */
    static List<String> between(String before, String after) {
        Map<String, String> a = leaves(before);
        Map<String, String> b = leaves(after);
        List<String> changes = new ArrayList<>();
        b.forEach((path, value) -> {
            if (!value.equals(a.get(path))) {
                changes.add(path + ": " + a.getOrDefault(path, NONE) + " → " + value);
            }
        });
        a.forEach((path, value) -> {
            if (!b.containsKey(path)) {
                changes.add(path + ": " + value + " → " + NONE);
            }
        });
        return changes;
    }

    /** The state indented for reading, or as it is when it is not JSON. */
    static String readable(String state) {
        if (state == null || state.isBlank()) {
            return "";
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(state));
        } catch (JsonProcessingException e) {
            return state;
        }
    }

    private static Map<String, String> leaves(String state) {
        Map<String, String> leaves = new LinkedHashMap<>();
        if (state == null || state.isBlank()) {
            return leaves;
        }
        try {
            collect("", JSON.readTree(state), leaves);
        } catch (JsonProcessingException e) {
            leaves.put("", state);
        }
        return leaves;
    }

    private static void collect(String path, JsonNode node, Map<String, String> leaves) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node.isTextual() ? node.asText() : node.toString());
        }
    }
}
