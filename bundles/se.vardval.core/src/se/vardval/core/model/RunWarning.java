package se.vardval.core.model;

/** Something an administrator must see before approving a run; {@code hsaId} is null for run-wide warnings. */
public record RunWarning(String hsaId, String code, String message) {
}
