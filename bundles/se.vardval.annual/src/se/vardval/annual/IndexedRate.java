package se.vardval.annual;

import java.math.BigDecimal;

/**
 * What indexation did to one annual rate: last year's value and the new year's (the same when the index is floored,
 * see {@link Indexation#floored}; an excluded rate, {@link Indexation#excludes}, keeps the draft's value, shown as
 * both, and so does a rate new this year, which last year's rulebook does not have).
 */
public record IndexedRate(String path, BigDecimal before, BigDecimal after, boolean newThisYear) {

    /** A rate that last year's rulebook also has. */
    public IndexedRate(String path, BigDecimal before, BigDecimal after) {
        this(path, before, after, false);
    }

    /** A rate the draft has and last year's rulebook does not, kept at the draft's value. */
    public static IndexedRate newThisYear(String path, BigDecimal value) {
        return new IndexedRate(path, value, value, true);
    }
}
