package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ParameterProblem;
import se.vardval.specialist.internal.SpecialistParameters.Comparison;
import se.vardval.specialist.internal.SpecialistParameters.VisitKind;

/**
 * Checks a specialist parameter object and names every problem by its JSON path, e.g.
 * {@code visitPrices[2].visitKind} or {@code drgWeights.302O}. Amounts, weights and days are never negative,
 * percentages at most 100, and a visit price is given once per contact type, profession and visit kind.
 */
final class ParameterValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> TOP = List.of("visitPrices", "deductPatientFee", "referralRequired",
            "drgPricePerPoint", "drgWeights", "drgOutlier", "episodes", "valueBased", "targets", "fixedGrantCode",
            "ceiling");
    private static final List<String> VISIT_PRICE = List.of("contactType", "profession", "visitKind", "kr");
    private static final List<String> TARGET = List.of("indicator", "comparison", "threshold", "percent");

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
        if (!object(p, "", TOP)) {
            return;
        }
        visitPrices(p.get("visitPrices"));
        bool(p, "deductPatientFee");
        bool(p, "referralRequired");
        amount(p, "", "drgPricePerPoint");
        map(p.get("drgWeights"), "drgWeights", (n, at) -> amount(n, at));
        if (object(p.get("drgOutlier"), "drgOutlier", List.of("trimDays", "krPerDay"))) {
            days(p.get("drgOutlier"), "drgOutlier", "trimDays");
            amount(p.get("drgOutlier"), "drgOutlier", "krPerDay");
        }
        map(p.get("episodes"), "episodes", (n, at) -> {
            if (object(n, at, List.of("price", "warrantyDays"))) {
                amount(n, at, "price");
                days(n, at, "warrantyDays");
            }
        });
        valueBased(p.get("valueBased"));
        targets(p.get("targets"));
        JsonNode fixed = p.get("fixedGrantCode");
        if (fixed != null && !fixed.isTextual()) {
            problem("fixedGrantCode", "must be the code of the tilläggsuppdrag that holds the annual grant, or empty");
        }
        if (object(p.get("ceiling"), "ceiling", List.of("annualAmount", "ratePercent"))) {
            amount(p.get("ceiling"), "ceiling", "annualAmount");
            percent(p.get("ceiling"), "ceiling", "ratePercent");
        }
    }

    private void visitPrices(JsonNode rows) {
        if (!array(rows, "visitPrices")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "visitPrices[" + i + "]";
            JsonNode row = rows.get(i);
            if (!object(row, at, VISIT_PRICE)) {
                continue;
            }
            boolean known = choice(row, at, "contactType", names(ContactType.values()))
                    & choice(row, at, "profession", names(Profession.values()))
                    & choice(row, at, "visitKind", names(VisitKind.values()));
            amount(row, at, "kr");
            String key = row.path("contactType").asText() + " " + row.path("profession").asText() + " "
                    + row.path("visitKind").asText();
            if (known && !seen.add(key)) {
                problem(at, "a second price for " + key + "; each contact type, profession and visit kind has one");
            }
        }
    }

    private void valueBased(JsonNode v) {
        if (!object(v, "valueBased", List.of("bonusPercent", "deductionPercent", "improvementThreshold",
                "worseningThreshold"))) {
            return;
        }
        percent(v, "valueBased", "bonusPercent");
        percent(v, "valueBased", "deductionPercent");
        amount(v, "valueBased", "improvementThreshold");
        amount(v, "valueBased", "worseningThreshold");
    }

    private void targets(JsonNode rows) {
        if (!array(rows, "targets")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = "targets[" + i + "]";
            JsonNode row = rows.get(i);
            if (!object(row, at, TARGET)) {
                continue;
            }
            JsonNode indicator = row.get("indicator");
            if (indicator != null && (!indicator.isTextual() || !indicator.asText().matches("[A-Z0-9_]+"))) {
                problem(at + ".indicator", "must be an indicator code of capitals, digits and _ (" + indicator + ")");
            } else if (indicator != null && !seen.add(indicator.asText())) {
                problem(at + ".indicator", "a second target for " + indicator.asText());
            }
            choice(row, at, "comparison", names(Comparison.values()));
            amount(row, at, "threshold");
            percent(row, at, "percent");
        }
    }

    /** A value checker given the node and its path. */
    private interface Check {
        void check(JsonNode node, String at);
    }

    private void map(JsonNode node, String path, Check value) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            problem(path, "must be an object of code: value");
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (e.getKey().isBlank()) {
                problem(path, "a code must not be empty");
            } else {
                value.check(e.getValue(), path + "." + e.getKey());
            }
        }
    }

    private boolean array(JsonNode node, String path) {
        if (node == null) {
            return false;
        }
        if (!node.isArray()) {
            problem(path, "must be an array");
            return false;
        }
        return true;
    }

    /** Checks that {@code node} is an object with exactly the given keys; names missing and unknown ones. */
    private boolean object(JsonNode node, String path, List<String> keys) {
        if (node == null) {
            return false;
        }
        if (!node.isObject()) {
            problem(path.isEmpty() ? "parameters" : path, "must be an object");
            return false;
        }
        for (String key : keys) {
            if (!node.has(key)) {
                problem(join(path, key), "missing parameter '" + key + "'");
            }
        }
        Set<String> known = new HashSet<>(keys);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                problem(join(path, field.getKey()), "unknown parameter '" + field.getKey() + "'; known here: "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
        }
        return true;
    }

    private boolean choice(JsonNode object, String path, String key, List<String> allowed) {
        JsonNode n = object.get(key);
        if (n == null) {
            return false;
        }
        if (!n.isTextual() || !allowed.contains(n.asText())) {
            problem(join(path, key), "unknown value " + n + "; expected one of " + String.join(", ", allowed));
            return false;
        }
        return true;
    }

    private void bool(JsonNode object, String key) {
        JsonNode n = object.get(key);
        if (n != null && !n.isBoolean()) {
            problem(key, "must be true or false");
        }
    }

    private BigDecimal amount(JsonNode object, String path, String key) {
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

    private void percent(JsonNode object, String path, String key) {
        BigDecimal n = amount(object, path, key);
        if (n != null && n.compareTo(HUNDRED) > 0) {
            problem(join(path, key), "must be a percentage of at most 100 (" + n.toPlainString() + ")");
        }
    }

    private void days(JsonNode object, String path, String key) {
        BigDecimal n = amount(object, path, key);
        if (n != null && (n.stripTrailingZeros().scale() > 0 || n.compareTo(BigDecimal.valueOf(36_500)) > 0)) {
            problem(join(path, key), "must be a whole number of days, at most 36500");
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private void problem(String path, String reason) {
        problems.add(new ParameterProblem(path, reason));
    }
}
