package se.vardval.core.model;

import java.util.List;

/** What a model computed for one month: its payment lines and warnings. */
public record ModelResult(List<PaymentLine> lines, List<RunWarning> warnings) {
}
