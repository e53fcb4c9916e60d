package se.vardval.ui.rulebook;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import se.vardval.core.model.ParameterCheck;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;

/**
 * Asks a model which values an enumerated parameter accepts: it puts a value no model accepts at the path in a copy of
 * parameters that have it, and reads the list from the model's problem ("... tillåtna värden: A, B, C", as
 * {@link ParameterCheck#choice} words it). A model that words its problems otherwise still gets an editor that offers
 * the values seen in its rulebooks.
 */
public final class ChoiceProbe implements Function<JsonPath, List<String>> {

    private static final TextNode UNACCEPTABLE = TextNode.valueOf("\u0000");

    private final ReimbursementModel model;
    private final List<JsonNode> parameters;

    /** Probes {@code model} with copies of the first of {@code parameters} that has the path. */
    public ChoiceProbe(ReimbursementModel model, List<JsonNode> parameters) {
        this.model = model;
        this.parameters = parameters;
    }

    @Override
    public List<String> apply(JsonPath path) {
        for (JsonNode candidate : parameters) {
            if (!path.read(candidate).isMissingNode()) {
                JsonNode copy = candidate.deepCopy();
                path.write(copy, UNACCEPTABLE);
                return model.validate(copy).stream().filter(p -> p.path().equals(path.toString()))
                        .map(ParameterProblem::reason).filter(r -> r.contains(ParameterCheck.ALLOWED)).findFirst()
                        .map(ChoiceProbe::listed).orElse(List.of());
            }
        }
        return List.of();
    }

    private static List<String> listed(String reason) {
        String list = reason.substring(reason.lastIndexOf(ParameterCheck.ALLOWED) + ParameterCheck.ALLOWED.length());
        return Arrays.stream(list.split(",")).map(String::trim).map(s -> s.replaceAll("[.;]$", ""))
                .filter(s -> !s.isEmpty()).toList();
    }
}
