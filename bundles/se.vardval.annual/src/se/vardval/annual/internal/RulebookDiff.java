package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.annual.ParameterChange;
import se.vardval.core.model.Rulebook;

/** Compares two rulebooks leaf by leaf: numbers by value (2453 equals 2453.0), everything else by its JSON text. */
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
        a.forEach((path, value) -> {
            JsonNode other = b.get(path);
            if (other == null || !same(value, other)) {
                changes.add(change("parameters." + path, value, other));
            }
        });
        b.forEach((path, value) -> {
            if (!a.containsKey(path)) {
                changes.add(change("parameters." + path, null, value));
            }
        });
        return List.copyOf(changes);
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

    private static ParameterChange change(String path, JsonNode before, JsonNode after) {
        BigDecimal difference = null;
        BigDecimal percent = null;
        if (before != null && after != null && before.isNumber() && after.isNumber()) {
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
