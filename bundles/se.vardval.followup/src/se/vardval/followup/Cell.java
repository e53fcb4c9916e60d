package se.vardval.followup;

import java.math.BigDecimal;

/** What may be published for one unit, indicator and sex: a value, a suppressed value, or nothing measured. */
public record Cell(State state, BigDecimal value) {

    /** Whether a value is published. */
    public enum State {
        /** The value is published. */
        SHOWN,
        /** A value exists but its group is too small (or would reveal one that is), so it is not published. */
        SUPPRESSED,
        /** Nothing was measured, or the denominator is zero. */
        MISSING
    }

    static final Cell MISSING = new Cell(State.MISSING, null);
    static final Cell SUPPRESSED = new Cell(State.SUPPRESSED, null);
}
