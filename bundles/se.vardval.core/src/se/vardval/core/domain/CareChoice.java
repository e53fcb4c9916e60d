package se.vardval.core.domain;

/** A vårdval of the region: its id as used in files (e.g. {@code halsoval}) and the model type that pays it. */
public record CareChoice(String id, String name, String modelType) {
}
