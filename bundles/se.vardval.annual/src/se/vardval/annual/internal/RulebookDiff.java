package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.annual.ParameterChange;
import se.vardval.core.model.Rulebook;

/**
 * Compares two rulebooks leaf by leaf: numbers by value (2453 equals 2453.0), everything else by its JSON text. A
 * number's difference and percentage are given only where the two values mean the same thing: not for a field of a
 * list row whose fields differ between the two (sparsity bands by distance against bands by catchment population).
 */
final class RulebookDiff {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RulebookDiff() {
    }

    static List<ParameterChange> diff(Rulebook before, Rulebook after) {
        List<ParameterChange> changes = new ArrayList<>();
        compare("modelType", text(before.modelType()), text(after.modelType()), changes);
        compare("year", String.valueOf(before.year()), String.valueOf(after.year()), changes);
        compare("status", text(before.status().name()), text(after.status().name()), changes);
        compare("decision", text(before.decision()), text(after.decision()), changes);
        Map<String, JsonNode> a = leaves(before.parameters());
        Map<String, JsonNode> b = leaves(after.parameters());
        Map<String, Set<String>> rowsBefore = rowFields(a);
        Map<String, Set<String>> rowsAfter = rowFields(b);
        a.forEach((path, value) -> {
            JsonNode other = b.get(path);
            if (other == null || !same(value, other)) {
                boolean comparable = Objects.equals(rowsBefore.get(rowOf(path)), rowsAfter.get(rowOf(path)));
                changes.add(change("parameters." + path, value, other, comparable));
            }
        });
        b.forEach((path, value) -> {
            if (!a.containsKey(path)) {
                changes.add(change("parameters." + path, null, value, false));
            }
        });
        return List.copyOf(changes);
    }

    /** The field names of each list row ({@code sparsity.bands[1]}) among the leaves. */
    private static Map<String, Set<String>> rowFields(Map<String, JsonNode> leaves) {
        Map<String, Set<String>> rows = new HashMap<>();
        for (String path : leaves.keySet()) {
            String row = rowOf(path);
            if (row != null) {
                rows.computeIfAbsent(row, r -> new TreeSet<>()).add(path.substring(row.length()));
            }
        }
        return rows;
    }

    /** The list row a leaf belongs to (its path up to the last index), or null outside any list. */
    private static String rowOf(String path) {
        int end = path.lastIndexOf(']');
        return end < 0 ? null : path.substring(0, end + 1);
    }

    private static void compare(String path, String before, String after, List<ParameterChange> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(new ParameterChange(path, before, after, null, null));
        }
    }

    private static Map<String, JsonNode> leaves(JsonNode parameters) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        ParameterPaths.forEachLeaf(parameters, leaves::put);
        return leaves;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static ParameterChange change(String path, JsonNode before, JsonNode after, boolean comparable) {
        BigDecimal difference = null;
        BigDecimal percent = null;
        if (comparable && before != null && after != null && before.isNumber() && after.isNumber()) {
            difference = plain(after.decimalValue().subtract(before.decimalValue()));
            if (before.decimalValue().signum() != 0) {
                percent = difference.multiply(HUNDRED).divide(before.decimalValue().abs(), 2, RoundingMode.HALF_UP);
            }
        }
        return new ParameterChange(path, before == null ? null : before.toString(),
                after == null ? null : after.toString(), difference, percent);
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String text(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
