package se.vardval.ui.rulebook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A parameter's path as models name it in their problems, e.g. {@code capitation.ageWeights[3].weight}: reads and
 * writes the value at that path in a parameter object.
 */
public record JsonPath(List<Object> steps) {

    /** The root path (the parameter object itself). */
    public static final JsonPath ROOT = new JsonPath(List.of());

    /** Parses {@code a.b[3].c}. */
    public static JsonPath parse(String text) {
        List<Object> steps = new ArrayList<>();
        for (String part : text.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return new JsonPath(List.copyOf(steps));
    }

    /** This path followed by an object key. */
    public JsonPath key(String key) {
        List<Object> more = new ArrayList<>(steps);
        more.add(key);
        return new JsonPath(List.copyOf(more));
    }

    /** This path followed by an array index. */
    public JsonPath index(int index) {
        List<Object> more = new ArrayList<>(steps);
        more.add(index);
        return new JsonPath(List.copyOf(more));
    }

    /** The value at this path, or a missing node. */
    public JsonNode read(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
        }
        return node;
    }

    /** Replaces the value at this path; the parent object or array must exist. */
    public void write(JsonNode root, JsonNode value) {
        JsonNode parent = new JsonPath(steps.subList(0, steps.size() - 1)).read(root);
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i) {
            ((ArrayNode) parent).set(i, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer i) {
                text.append('[').append(i).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
