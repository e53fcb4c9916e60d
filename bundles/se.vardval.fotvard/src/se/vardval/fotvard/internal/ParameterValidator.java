package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ParameterProblem;

/**
 * Checks a Medicinsk fotvård parameter object and names every problem by its JSON path: {@code fees} and
 * {@code maxTreatmentsPerYear} hold one value per risk group {@code "2"}, {@code "3"} and {@code "4"}, amounts are
 * kronor ≥ 0, counts whole numbers, and {@code costHandOver.careChoice} names a vårdval by its id.
 */
final class ParameterValidator {

    private static final List<String> TOP = List.of("fees", "homeVisitSupplement", "maxTreatmentsPerYear",
            "referralValidMonths", "deductPatientFee", "minAge", "costHandOver");
    private static final List<String> GROUPS = FotvardParameters.RISK_GROUPS.stream().map(String::valueOf).toList();
    private static final Pattern CARE_CHOICE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

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
        if (object(p.get("fees"), "fees", GROUPS)) {
            GROUPS.forEach(g -> amount(p.get("fees").get(g), "fees." + g));
        }
        amount(p.get("homeVisitSupplement"), "homeVisitSupplement");
        if (object(p.get("maxTreatmentsPerYear"), "maxTreatmentsPerYear", GROUPS)) {
            GROUPS.forEach(g -> whole(p.get("maxTreatmentsPerYear").get(g), "maxTreatmentsPerYear." + g, 0, 365,
                    "treatments a year"));
        }
        whole(p.get("referralValidMonths"), "referralValidMonths", 1, 120, "months");
        JsonNode deduct = p.get("deductPatientFee");
        if (deduct != null && !deduct.isBoolean()) {
            problem("deductPatientFee", "must be true or false");
        }
        whole(p.get("minAge"), "minAge", 0, 150, "years");
        if (object(p.get("costHandOver"), "costHandOver", List.of("careChoice"))) {
            JsonNode id = p.get("costHandOver").get("careChoice");
            if (id != null && (!id.isTextual() || !CARE_CHOICE_ID.matcher(id.asText()).matches())) {
                problem("costHandOver.careChoice", "must be the id of a vårdval, e.g. halsoval ('" + id.asText()
                        + "' is not)");
            }
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
        String prefix = path.isEmpty() ? "" : path + ".";
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

    /** A number of kronor ≥ 0; absent is named by {@link #object}. */
    private BigDecimal amount(JsonNode n, String at) {
        if (n == null) {
            return null;
        }
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

    private void whole(JsonNode n, String at, int min, int max, String unit) {
        BigDecimal value = amount(n, at);
        if (value != null && (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
            problem(at, "must be a whole number of " + unit + " from " + min + " to " + max + " ("
                    + value.toPlainString() + ")");
        }
    }

    private void problem(String path, String reason) {
        problems.add(new ParameterProblem(path, reason));
    }
}
