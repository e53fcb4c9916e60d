package se.vardval.annual;

import java.math.BigDecimal;

/**
 * What indexation did to one annual rate: last year's value and the new year's (the same when the index is floored,
 * see {@link Indexation#floored}; an excluded rate, {@link Indexation#excludes}, keeps the draft's value, shown as
 * both).
 */
public record IndexedRate(String path, BigDecimal before, BigDecimal after) {
}
