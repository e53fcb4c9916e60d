package se.vardval.annual;

import java.math.BigDecimal;

/** What indexation did to one annual rate: before, after, and why when it was left unchanged. */
public record IndexedRate(String path, BigDecimal before, BigDecimal after, String note) {
}
