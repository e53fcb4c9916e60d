package se.vardval.core.model;

/** A rulebook parameter that a model rejects: its JSON path (e.g. {@code capitation.ageWeights[3].weight}) and why. */
public record ParameterProblem(String path, String reason) {

    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
