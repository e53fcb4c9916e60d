package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ParameterProblem;
import se.vardval.tandvard.internal.TandvardParameters.ListingDay;
import se.vardval.tandvard.internal.TandvardParameters.PayoutTo;

/**
 * Checks a Tandvård parameter object and names every problem by its JSON path. The age groups must be in ascending
 * order and cover {@code minAge}–{@code maxAge} exactly, without gap or overlap, and {@code capitation} holds one row
 * of three annual amounts (care-need groups 1–3) per age group.
 */
final class ParameterValidator {

    private static final List<String> TOP = List.of("listingDay", "minAge", "maxAge", "ageGroups", "capitation",
            "careNeed", "riskPool", "emergencyFee");

    private final List<ParameterProblem> problems = new ArrayList<>();

    private ParameterValidator() {
    }

    /** Every problem with the parameters; empty when they are valid. */
    static List<ParameterProblem> validate(JsonNode parameters) {
        ParameterValidator v = new ParameterValidator();
        v.parameters(parameters);
        return List.copyOf(v.problems);
    }

    private void parameters(JsonNode p) {
        if (p == null || p.isMissingNode() || p.isNull()) {
            problem("parameters", "missing: the rulebook has no parameters");
            return;
        }
        if (!object(p, "parameters", TOP)) {
            return;
        }
        listingDay(p.get("listingDay"));
        Integer min = integer(p, "", "minAge");
        Integer max = integer(p, "", "maxAge");
        if (min != null && max != null && max < min) {
            problem("maxAge", "maxAge " + max + " is below minAge " + min);
            min = null;
        }
        int groups = ageGroups(p.get("ageGroups"), min, max);
        capitation(p.get("capitation"), groups);
        careNeed(p.get("careNeed"));
        riskPool(p.get("riskPool"));
        JsonNode fees = p.get("emergencyFee");
        if (fees != null) {
            if (!fees.isObject()) {
                problem("emergencyFee", "must be an object of treatment code: kr");
            } else {
                fees.properties().forEach(e -> rate(fees, "emergencyFee", e.getKey()));
            }
        }
    }

    private void riskPool(JsonNode pool) {
        if (!object(pool, "riskPool", List.of("percent", "payoutMonth", "payoutTo"))) {
            return;
        }
        BigDecimal percent = rate(pool, "riskPool", "percent");
        if (percent != null && percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            problem("riskPool.percent", "must be at most 100");
        }
        JsonNode month = pool.get("payoutMonth");
        if (month != null && (!month.isIntegralNumber() || month.intValue() < 1 || month.intValue() > 12)) {
            problem("riskPool.payoutMonth", "must be a month 1–12 (" + month + ")");
        }
        choice(pool.get("payoutTo"), "riskPool.payoutTo", PayoutTo.values());
    }

    private void listingDay(JsonNode n) {
        choice(n, "listingDay", ListingDay.values());
    }

    private void choice(JsonNode n, String path, Enum<?>[] values) {
        if (n == null) {
            return;
        }
        if (!n.isTextual() || Arrays.stream(values).noneMatch(d -> d.name().equals(n.asText()))) {
            problem(path, "unknown value '" + n.asText() + "'; expected one of "
                    + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Checks the age groups against the limits (null when unknown) and returns how many there are (-1: invalid). */
    private int ageGroups(JsonNode array, Integer min, Integer max) {
        if (array == null) {
            return -1;
        }
        if (!array.isArray() || array.isEmpty()) {
            problem("ageGroups", array.isArray() ? "needs at least one age group" : "must be an array");
            return -1;
        }
        Integer expectedFrom = min;
        Integer lastTo = null;
        for (int i = 0; i < array.size(); i++) {
            String at = "ageGroups[" + i + "]";
            JsonNode group = array.get(i);
            if (!object(group, at, List.of("fromAge", "toAge"))) {
                return -1;
            }
            Integer from = integer(group, at, "fromAge");
            Integer to = integer(group, at, "toAge");
            if (from == null || to == null) {
                return -1;
            }
            if (to < from) {
                problem(at, "toAge " + to + " is below fromAge " + from);
            }
            if (expectedFrom != null && from.intValue() != expectedFrom.intValue()) {
                problem(at + ".fromAge", i == 0 ? "the first age group must start at minAge (" + min + ")"
                        : "must be " + expectedFrom + ", the age after the group before, so that groups have no gap"
                                + " or overlap");
            }
            expectedFrom = to + 1;
            lastTo = to;
        }
        if (max != null && lastTo != null && lastTo.intValue() != max.intValue()) {
            problem("ageGroups", "the last age group must end at maxAge (" + max + "), not at " + lastTo);
        }
        return array.size();
    }

    private void capitation(JsonNode table, int groups) {
        if (table == null) {
            return;
        }
        if (!table.isArray()) {
            problem("capitation", "must be an array with one row per age group");
            return;
        }
        if (groups >= 0 && table.size() != groups) {
            problem("capitation", "has " + table.size() + " row(s) but there are " + groups + " age group(s)");
        }
        for (int i = 0; i < table.size(); i++) {
            String at = "capitation[" + i + "]";
            JsonNode row = table.get(i);
            if (!row.isArray() || row.size() != TandvardParameters.CARE_NEED_GROUPS) {
                problem(at, "must be an array of " + TandvardParameters.CARE_NEED_GROUPS
                        + " annual amounts, one per care-need group 1–3");
                continue;
            }
            for (int g = 0; g < row.size(); g++) {
                amount(row.get(g), at + "[" + g + "]");
            }
        }
    }

    private void careNeed(JsonNode c) {
        if (!object(c, "careNeed", List.of("defaultGroup", "areas"))) {
            return;
        }
        careNeedGroup(c.get("defaultGroup"), "careNeed.defaultGroup");
        JsonNode areas = c.get("areas");
        if (areas == null) {
            return;
        }
        if (!areas.isObject()) {
            problem("careNeed.areas", "must be an object of area code: care-need group");
            return;
        }
        areas.properties().forEach(e -> careNeedGroup(e.getValue(), "careNeed.areas." + e.getKey()));
    }

    private void careNeedGroup(JsonNode n, String path) {
        if (n != null && (!n.isIntegralNumber() || n.intValue() < 1
                || n.intValue() > TandvardParameters.CARE_NEED_GROUPS)) {
            problem(path, "must be a care-need group 1, 2 or 3 (" + n + ")");
        }
    }

    /** Checks that {@code node} is an object with exactly the given keys; names missing and unknown ones. */
    private boolean object(JsonNode node, String path, List<String> keys) {
        if (node == null) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        String prefix = path.equals("parameters") ? "" : path + ".";
        for (String key : keys) {
            if (!node.has(key)) {
                problem(prefix + key, "missing parameter '" + key + "'");
            }
        }
        Set<String> known = new HashSet<>(keys);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                problem(prefix + field.getKey(), "unknown parameter '" + field.getKey() + "'; known here: "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
        }
        return true;
    }

    /** A number ≥ 0 at {@code path.key}; absent gives null without a problem (the missing key is named elsewhere). */
    private BigDecimal rate(JsonNode object, String path, String key) {
        JsonNode n = object.get(key);
        return n == null ? null : amount(n, join(path, key));
    }

    private BigDecimal amount(JsonNode n, String at) {
        if (!n.isNumber()) {
            problem(at, n.isNull() ? "must have a value" : "must be a number");
            return null;
        }
        if (n.decimalValue().signum() < 0) {
            problem(at, "must not be negative (" + n.decimalValue().toPlainString() + ")");
            return null;
        }
        return n.decimalValue();
    }

    private Integer integer(JsonNode object, String path, String key) {
        BigDecimal n = rate(object, path, key);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(150)) > 0) {
            problem(join(path, key), "must be a whole number of years, at most 150");
            return null;
        }
        return n.intValue();
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problem(String path, String reason) {
        problems.add(new ParameterProblem(path, reason));
    }
}
