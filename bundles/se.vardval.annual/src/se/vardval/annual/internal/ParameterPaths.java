package se.vardval.annual.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.service.UserError;

/** Paths into rulebook parameters as models name them in problems and rates, e.g. {@code sparsity.bands[2].krPerYear}. */
final class ParameterPaths {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private ParameterPaths() {
    }

    /** The value at the path, or a missing node. */
    static JsonNode get(JsonNode root, String path) {
        return walk(root, steps(path));
    }

    /**
     * Replaces the existing value at the path.
     *
     * @throws UserError when the path names no existing parameter
     */
    static void set(JsonNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = walk(root, steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer i && parent instanceof ArrayNode array && i < array.size()) {
            array.set(i, value);
        } else if (last instanceof String name && parent instanceof ObjectNode object && object.has(name)) {
            object.set(name, value);
        } else {
            throw new UserError("det finns ingen parameter '" + path + "'");
        }
    }

    /**
     * Whether every list row on the path holds the same fields in both parameter trees, with the same values but for
     * the field the path goes on through: the value at the path then means the same in both (the second band by
     * distance in both years, not a band by distance in one and by population in the other).
     */
    static boolean sameRows(JsonNode one, JsonNode other, String path) {
        List<Object> steps = steps(path);
        JsonNode a = one;
        JsonNode b = other;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            a = step instanceof Integer index ? a.path(index) : a.path((String) step);
            b = step instanceof Integer index ? b.path(index) : b.path((String) step);
            Object onward = i + 1 < steps.size() ? steps.get(i + 1) : null;
            if (step instanceof Integer && a.isObject() && !sameFieldsBut(a, b, onward)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameFieldsBut(JsonNode row, JsonNode otherRow, Object onward) {
        Set<String> names = new TreeSet<>();
        row.fieldNames().forEachRemaining(names::add);
        Set<String> otherNames = new TreeSet<>();
        otherRow.fieldNames().forEachRemaining(otherNames::add);
        return names.equals(otherNames) && names.stream().filter(name -> !name.equals(onward))
                .allMatch(name -> sameValue(row.get(name), otherRow.get(name)));
    }

    /** Equal values, numbers compared by value (600 and 600.0 are the same). */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) == 0 : a.equals(b);
    }

    /** Calls the sink with the path and value of every leaf (a value that is not an object or array), in order. */
    static void forEachLeaf(JsonNode root, BiConsumer<String, JsonNode> sink) {
        visit("", root, sink);
    }

    private static void visit(String path, JsonNode node, BiConsumer<String, JsonNode> sink) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                visit(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), sink);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(path + "[" + i + "]", node.get(i), sink);
            }
        } else {
            sink.accept(path, node);
        }
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int end = 0;
        while (m.find()) {
            if (m.start() != end && !(m.start() == end + 1 && path.charAt(end) == '.')) {
                throw new UserError("inte en parametersökväg: '" + path + "'");
            }
            steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            end = m.end();
        }
        if (steps.isEmpty() || end != path.length()) {
            throw new UserError("inte en parametersökväg: '" + path + "'");
        }
        return steps;
    }

    private static JsonNode walk(JsonNode root, List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer i ? node.path(i) : node.path((String) step);
        }
        return node;
    }
}
