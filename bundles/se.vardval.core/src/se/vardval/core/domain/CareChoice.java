package se.vardval.core.domain;

/** A vårdval of the region: its id as used in files (e.g. {@code halsoval}) and the model type that pays it. */
public record CareChoice(String id, String name, String modelType) {

    /** Whether {@code id} may name a vårdval: lower-case letters, digits, - and _, starting with a letter. */
    public static boolean isValidId(String id) {
        return id != null && id.matches("[a-z][a-z0-9_-]{0,63}");
    }
}
