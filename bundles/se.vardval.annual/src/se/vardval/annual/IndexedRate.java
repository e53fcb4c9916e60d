package se.vardval.annual;

import java.math.BigDecimal;

/**
 * What indexation did to one annual rate: before and after (the same when the rate is excluded or the index floored,
 * see {@link Indexation#excludes} and {@link Indexation#floored}).
 */
public record IndexedRate(String path, BigDecimal before, BigDecimal after) {
}
