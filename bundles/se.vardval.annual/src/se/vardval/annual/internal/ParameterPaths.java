package se.vardval.annual.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
