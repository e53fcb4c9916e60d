package se.vardval.followup.internal;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The indicator codes a rulebook names, whatever its model: every text value of a field called {@code indicator}
 * anywhere in its parameters (Hälsoval's {@code targets[].indicator}, for one).
 */
final class RulebookIndicators {

    private RulebookIndicators() {
    }

    /** The codes named in the parameters, sorted. */
    static Set<String> codes(JsonNode parameters) {
        Set<String> codes = new TreeSet<>();
        collect(parameters, codes);
        return codes;
    }

    private static void collect(JsonNode node, Set<String> codes) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("indicator") && field.getValue().isTextual()) {
                    codes.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), codes);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, codes));
        }
    }
}
