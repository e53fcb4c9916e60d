package se.vardval.core.model;

import java.util.List;

/**
 * What a model computed for one month: its payment lines and warnings, the items it did not pay with the reason, and
 * the costs it hands over to units of other vårdval.
 */
public record ModelResult(List<PaymentLine> lines, List<RunWarning> warnings, List<RejectedItem> rejections,
        List<CostHandOver> costHandOvers) {

    /** A result that rejects nothing and hands nothing over. */
    public ModelResult(List<PaymentLine> lines, List<RunWarning> warnings) {
        this(lines, warnings, List.of(), List.of());
    }
}
