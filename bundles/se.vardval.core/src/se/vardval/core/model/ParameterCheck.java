package se.vardval.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Collects the problems of a rulebook's parameters while a model's validator walks them, with the checks every model
 * needs: objects with known keys, arrays, non-negative numbers, whole numbers, booleans and choices. A path is the
 * parameter's JSON path; the empty path is the parameters object itself. A check reports at most one problem for a
 * value and returns null (or false) for a value it rejected, so that later checks can skip it.
 */
public final class ParameterCheck {

    /**
     * The words before the comma-separated list of allowed values in the problem of a value that is not one of them,
     * from which the client's rulebook editor reads the choices it offers.
     */
    public static final String ALLOWED = "tillåtna värden: ";

    private final List<ParameterProblem> problems = new ArrayList<>();

    /**
     * Every problem of a rulebook's parameters: they must be present and an object with exactly the model's top-level
     * {@code keys}, and may have the {@link IndexRounding} parameter, whose decimals are checked; {@code model} then
     * checks such an object's own parameters with the same check. Empty when the parameters are valid.
     */
    public static List<ParameterProblem> validate(JsonNode parameters, List<String> keys,
            BiConsumer<ParameterCheck, JsonNode> model) {
        ParameterCheck check = new ParameterCheck();
        if (check.present(parameters) && check.object(parameters, "", keys, List.of(IndexRounding.KEY))) {
            IndexRounding.check(check, parameters.get(IndexRounding.KEY));
            model.accept(check, parameters);
        }
        return check.problems();
    }

    /** The problems found so far, in the order found. */
    public List<ParameterProblem> problems() {
        return List.copyOf(problems);
    }

    /** How many problems have been found so far: a validator compares counts to see whether a part was valid. */
    public int count() {
        return problems.size();
    }

    /** Reports a problem of the parameter at {@code path}. */
    public void problem(String path, String reason) {
        problems.add(new ParameterProblem(path.isEmpty() ? "parameters" : path, reason));
    }

    /** The path of {@code key} in the object at {@code path}. */
    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether there are parameters at all; reports their absence. */
    public boolean present(JsonNode parameters) {
        if (parameters == null || parameters.isMissingNode() || parameters.isNull()) {
            problem("parameters", "saknas: förfrågningsunderlaget har inga parametrar");
            return false;
        }
        return true;
    }

    /** Checks that {@code node} is an object with exactly the given keys; names missing and unknown ones. */
    public boolean object(JsonNode node, String path, List<String> keys) {
        return object(node, path, keys, List.of());
    }

    /**
     * Checks that {@code node} is an object with every required key and no unknown key; missing and unknown keys are
     * reported by name. Returns whether it is an object; an absent node (null) is no object and no problem.
     */
    public boolean object(JsonNode node, String path, List<String> required, List<String> optional) {
        if (node == null) {
            return false;
        }
        if (!node.isObject()) {
            problem(path, "måste vara ett objekt");
            return false;
        }
        for (String key : required) {
            if (!node.has(key)) {
                problem(join(path, key), "parametern '" + key + "' saknas");
            }
        }
        Set<String> known = new HashSet<>(required);
        known.addAll(optional);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                problem(join(path, field.getKey()), "okänd parameter '" + field.getKey() + "'; kända här: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
        return true;
    }

    /** Checks that {@code node} is an array; an absent node (null) is no array and no problem. */
    public boolean array(JsonNode node, String path) {
        if (node == null) {
            return false;
        }
        if (!node.isArray()) {
            problem(path, "måste vara en lista");
            return false;
        }
        return true;
    }

    /** The number ≥ 0 at {@code path.key}; absent gives null without a problem (the missing key is named elsewhere). */
    public BigDecimal amount(JsonNode object, String path, String key) {
        return amount(object.get(key), join(path, key));
    }

    /** The number ≥ 0 {@code n} at {@code at}; absent (null) gives null without a problem. */
    public BigDecimal amount(JsonNode n, String at) {
        if (n == null) {
            return null;
        }
        if (!n.isNumber()) {
            problem(at, n.isNull() ? "måste ha ett värde" : "måste vara ett tal");
            return null;
        }
        if (n.decimalValue().signum() < 0) {
            problem(at, "får inte vara negativt (" + SwedishNumbers.decimal(n.decimalValue()) + ")");
            return null;
        }
        return n.decimalValue();
    }

    /** The boolean at {@code path.key}; absent gives null without a problem. */
    public Boolean bool(JsonNode object, String path, String key) {
        JsonNode n = object.get(key);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            problem(join(path, key), "måste vara true eller false");
            return null;
        }
        return n.booleanValue();
    }

    /** The constant of {@code type} named at {@code path.key}; absent gives null without a problem. */
    public <E extends Enum<E>> E choice(JsonNode object, String path, String key, Class<E> type) {
        JsonNode n = object.get(key);
        if (n == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (n.isTextual() && constant.name().equals(n.asText())) {
                return constant;
            }
        }
        problem(join(path, key), "okänt värde '" + n.asText() + "'; " + ALLOWED
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }
}
