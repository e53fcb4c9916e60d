package se.vardval.ui.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parameters a CSV table can be imported into: every array of rows, and every object the model's defaults leave
 * empty (a map of code to value, such as a weight table), by their dotted paths.
 */
final class TablePaths {

    private TablePaths() {
    }

    static List<String> of(JsonNode parameters, JsonNode defaults) {
        List<String> paths = new ArrayList<>();
        walk("", parameters, defaults, paths);
        return paths;
    }

    private static void walk(String path, JsonNode node, JsonNode defaults, List<String> paths) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode value = field.getValue();
            JsonNode standard = defaults == null ? null : defaults.get(field.getKey());
            boolean rows = value.isArray() && (value.isEmpty() || value.get(0).isObject());
            boolean map = value.isObject() && standard != null && standard.isObject() && standard.isEmpty();
            if (rows || map) {
                paths.add(at);
            } else if (value.isObject()) {
                walk(at, value, standard, paths);
            }
        }
    }
}
