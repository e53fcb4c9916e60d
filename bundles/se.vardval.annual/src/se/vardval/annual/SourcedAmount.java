package se.vardval.annual;

import java.math.BigDecimal;

/** An amount in kr with the reference to where it comes from (e.g. the annual report's note). */
public record SourcedAmount(BigDecimal amount, String source) {
}
