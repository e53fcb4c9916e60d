package se.vardval.core.model;

import java.util.List;
import java.util.Objects;

/**
 * What to explain in a run: a unit's amount, optionally narrowed to one component, or what one person brought each
 * unit (then {@code personId} is set and {@code hsaId} may be null). {@code runLines} are the run's stored lines when
 * they are the month's lines (an ordinary run; null for a correction run, whose lines are differences): a model may
 * show them instead of calculating the month again, so that the explanation starts from the amounts that were paid.
 * {@code codeNames} are the names the region's data gives the vårdval's tilläggsuppdrag and indicator codes, so that
 * the explanation names a component as {@link ReimbursementModel#componentName(String, CodeNames)} does.
 */
public record ExplainRequest(String hsaId, String component, String personId, List<PaymentLine> runLines,
        CodeNames codeNames) {

    /** A request whose codes are named by {@code codeNames}, or by none when it is null. */
    public ExplainRequest {
        codeNames = Objects.requireNonNullElse(codeNames, CodeNames.NONE);
    }

    /** A request without the run's lines or the data's names: the model calculates the month itself. */
    public ExplainRequest(String hsaId, String component, String personId) {
        this(hsaId, component, personId, null, CodeNames.NONE);
    }
}
