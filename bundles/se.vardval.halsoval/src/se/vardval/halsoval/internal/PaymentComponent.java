package se.vardval.halsoval.internal;

import java.util.List;

import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;

/** One payment component of the model (or a family of them, such as every {@code TARGET_<indicator>}). */
interface PaymentComponent {

    /** Adds this component's lines for every unit; {@code lines} holds the lines of the components before it. */
    void addLines(RunContext run, List<PaymentLine> lines);

    /** Whether the component code is this calculator's. */
    boolean owns(String component);

    /**
     * How a unit's amount of the component arose: a sentence on the rule and the rows behind it, at most
     * {@code maxRows} of them; {@code lines} are the run's lines.
     */
    Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows);
}
