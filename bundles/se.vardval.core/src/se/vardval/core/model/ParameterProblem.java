package se.vardval.core.model;

import java.util.List;
import java.util.stream.Collectors;

import se.vardval.core.service.UserError;

/** A rulebook parameter that a model rejects: its JSON path (e.g. {@code capitation.ageWeights[3].weight}) and why. */
public record ParameterProblem(String path, String reason) {

    /**
     * Refuses a run on parameters with problems, naming every one: {@code Förfrågningsunderlagets parametrar för
     * Hälsoval är ogiltiga: a.b: reason; c: reason}.
     *
     * @throws UserError when {@code problems} is not empty
     */
    public static void requireNone(String modelName, List<ParameterProblem> problems) {
        if (!problems.isEmpty()) {
            throw new UserError("Förfrågningsunderlagets parametrar för " + modelName + " är ogiltiga: "
                    + problems.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
    }

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
