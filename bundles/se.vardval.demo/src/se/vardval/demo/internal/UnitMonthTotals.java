package se.vardval.demo.internal;

import java.util.Set;

import se.vardval.core.domain.CniFlag;

/** The persons listed at each unit on the first day of each month, in all and per CNI flag. */
final class UnitMonthTotals {

    private final int months;
    private final int[] listed;
    private final int[] flagged;

    UnitMonthTotals(int units, int months) {
        this.months = months;
        this.listed = new int[units * months];
        this.flagged = new int[units * months * CniFlag.values().length];
    }

    /** Counts a person listed at the unit on the first day of the month. */
    void add(DemoUnit unit, int month, Set<CniFlag> flags) {
        int cell = unit.index() * months + month;
        listed[cell]++;
        for (CniFlag flag : flags) {
            flagged[cell * CniFlag.values().length + flag.ordinal()]++;
        }
    }

    /** The persons listed at the unit on the first day of the month. */
    int listed(DemoUnit unit, int month) {
        return listed[unit.index() * months + month];
    }

    /** Those of them with the flag. */
    int flagged(DemoUnit unit, int month, CniFlag flag) {
        return flagged[(unit.index() * months + month) * CniFlag.values().length + flag.ordinal()];
    }
}
