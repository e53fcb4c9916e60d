package se.vardval.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.service.UserError;

/**
 * A rulebook's own rounding of its LPIK-indexed rates, the optional top-level parameter
 * {@code "indexRounding": {"<rate path or prefix>": decimals}} (e.g. {@code {"cni.krPerIndexPoint": 2}} or
 * {@code {"sparsity": 2}}), which overrides the decimals the model gives a rate (whole kronor unless the rulebook
 * says otherwise); the longest matching path wins. Every model accepts the key and checks its decimals with
 * {@link #check}; whoever knows the model's annual rates checks its paths with {@link #unknownPaths}.
 */
public final class IndexRounding {

    /** The top-level parameter's key. */
    public static final String KEY = "indexRounding";

    private static final int MAX_DECIMALS = 10;

    private IndexRounding() {
    }

    /** Checks the parameter if present: an object whose every value is a whole number of decimals from 0 to 10. */
    public static void check(ParameterCheck check, JsonNode node) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            check.problem(KEY, "måste vara ett objekt: ersättningens sökväg och antal decimaler");
            return;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode decimals = field.getValue();
            if (!decimals.canConvertToInt() || !decimals.isIntegralNumber() || decimals.intValue() < 0
                    || decimals.intValue() > MAX_DECIMALS) {
                check.problem(KEY + "." + field.getKey(), "antalet decimaler är ett heltal från 0 till "
                        + MAX_DECIMALS + ", inte " + decimals);
            }
        }
    }

    /**
     * Every path of the parameter that names no annual rate of the model nor a prefix of one, as a problem naming the
     * path and the rates that are indexed; empty when the rulebook has no such parameter.
     */
    public static List<ParameterProblem> unknownPaths(List<AnnualRate> rates, JsonNode parameters) {
        List<ParameterProblem> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : parameters.path(KEY).properties()) {
            if (rates.stream().noneMatch(rate -> covers(field.getKey(), rate.path()))) {
                problems.add(new ParameterProblem(KEY + "." + field.getKey(), "ingen årlig ersättning i"
                        + " förfrågningsunderlaget heter så; " + (rates.isEmpty() ? "modellen indexerar inga"
                                : "de indexerade är " + String.join(", ", rates.stream().map(AnnualRate::path)
                                        .toList()))));
            }
        }
        return problems;
    }

    /**
     * The model's annual rates with the rulebook's decimals where it sets them.
     *
     * @throws UserError when a path the rulebook names is no annual rate of the model nor a prefix of one
     */
    public static List<AnnualRate> apply(List<AnnualRate> rates, JsonNode parameters) {
        List<ParameterProblem> unknown = unknownPaths(rates, parameters);
        if (!unknown.isEmpty()) {
            throw new UserError(unknown.get(0).toString());
        }
        JsonNode rounding = parameters.path(KEY);
        List<AnnualRate> rounded = new ArrayList<>();
        for (AnnualRate rate : rates) {
            rounded.add(new AnnualRate(rate.path(), decimals(rate, rounding)));
        }
        return rounded;
    }

    private static int decimals(AnnualRate rate, JsonNode rounding) {
        String longest = null;
        for (Map.Entry<String, JsonNode> field : rounding.properties()) {
            if (covers(field.getKey(), rate.path()) && (longest == null || field.getKey().length() > longest.length())) {
                longest = field.getKey();
            }
        }
        return longest == null ? rate.decimals() : rounding.get(longest).intValue();
    }

    private static boolean covers(String key, String path) {
        return path.equals(key) || path.startsWith(key + ".") || path.startsWith(key + "[");
    }
}
