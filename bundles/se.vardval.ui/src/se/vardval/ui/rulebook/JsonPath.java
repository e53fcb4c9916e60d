package se.vardval.ui.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern POSITION = Pattern.compile("\\[(\\d+)\\](\\.?)");

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

    /**
     * A problem's path as a person reads it, each array position as a row counted from 1 ({@code row} the word for a
     * row): {@code capitation.ageWeights[1].weight} as {@code capitation.ageWeights rad 2: weight}; text without
     * positions (such as a file's {@code file:line: column}) unchanged.
     */
    public static String readable(String path, String row) {
        Matcher position = POSITION.matcher(path);
        StringBuilder text = new StringBuilder();
        while (position.find()) {
            int shown = Integer.parseInt(position.group(1)) + 1;
            position.appendReplacement(text, Matcher.quoteReplacement(" " + row + " " + shown
                    + (position.group(2).isEmpty() ? "" : ": ")));
        }
        return position.appendTail(text).toString();
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
