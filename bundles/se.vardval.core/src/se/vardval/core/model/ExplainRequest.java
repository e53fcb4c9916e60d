package se.vardval.core.model;

import java.util.List;

/**
 * What to explain in a run: a unit's amount, optionally narrowed to one component, or what one person brought each
 * unit (then {@code personId} is set and {@code hsaId} may be null). {@code runLines} are the run's stored lines when
 * they are the month's lines (an ordinary run; null for a correction run, whose lines are differences): a model may
 * show them instead of calculating the month again, so that the explanation starts from the amounts that were paid.
 */
public record ExplainRequest(String hsaId, String component, String personId, List<PaymentLine> runLines) {

    /** A request without the run's lines: the model calculates the month itself. */
    public ExplainRequest(String hsaId, String component, String personId) {
        this(hsaId, component, personId, null);
    }
}
