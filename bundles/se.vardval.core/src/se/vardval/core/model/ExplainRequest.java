package se.vardval.core.model;

/**
 * What to explain in a run: a unit's amount, optionally narrowed to one component, or what one person brought each
 * unit (then {@code personId} is set and {@code hsaId} may be null).
 */
public record ExplainRequest(String hsaId, String component, String personId) {
}
