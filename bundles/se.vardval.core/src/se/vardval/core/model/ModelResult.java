package se.vardval.core.model;

import java.util.Collection;
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

    /** A result with its lines and warnings in their {@link PaymentLine#ORDER} and {@link RunWarning#ORDER}. */
    public static ModelResult sorted(Collection<PaymentLine> lines, Collection<RunWarning> warnings,
            List<RejectedItem> rejections, List<CostHandOver> costHandOvers) {
        return new ModelResult(lines.stream().sorted(PaymentLine.ORDER).toList(),
                warnings.stream().sorted(RunWarning.ORDER).toList(), rejections, costHandOvers);
    }

    /** A sorted result that rejects nothing and hands nothing over. */
    public static ModelResult sorted(Collection<PaymentLine> lines, Collection<RunWarning> warnings) {
        return sorted(lines, warnings, List.of(), List.of());
    }
}
