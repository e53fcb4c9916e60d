package se.vardval.halsoval.internal;

import java.math.BigDecimal;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.ListedGroup;

/**
 * The compact counts of one unit's (or the whole vårdval's) listed persons on the listing day: per age and sex, per
 * CNI flag and per distance band. No per-person object is kept.
 */
final class UnitTally {

    private final int[][] byAgeAndSex;
    private final int[] byFlag = new int[CniFlag.values().length];
    private final int[] byDistanceBand;
    private int listed;
    private int withoutDistance;
    private int withoutRecord;

    UnitTally(int lastDistinctAge, int distanceBands) {
        byAgeAndSex = new int[Sex.values().length][lastDistinctAge + 1];
        byDistanceBand = new int[distanceBands];
    }

    void add(ListedGroup group) {
        int n = group.listed();
        listed += n;
        byAgeAndSex[group.sex().ordinal()][Math.min(group.age(), byAgeAndSex[0].length - 1)] += n;
        for (CniFlag flag : CniFlag.values()) {
            byFlag[flag.ordinal()] += group.withFlag(flag);
        }
        if (!group.hasRecord()) {
            withoutRecord += n;
        }
        if (group.distanceBand() >= 0) {
            byDistanceBand[group.distanceBand()] += n;
        } else if (byDistanceBand.length > 0) {
            withoutDistance += n;
        }
    }

    int listed() {
        return listed;
    }

    /** Σ over listed persons of the table's weight for their age and sex, exact. */
    BigDecimal points(AgeTable table) {
        BigDecimal points = BigDecimal.ZERO;
        for (Sex sex : Sex.values()) {
            int[] counts = byAgeAndSex[sex.ordinal()];
            for (int age = 0; age < counts.length; age++) {
                if (counts[age] > 0) {
                    points = points.add(table.weight(age, sex).multiply(BigDecimal.valueOf(counts[age])));
                }
            }
        }
        return points;
    }

    int withFlag(CniFlag flag) {
        return byFlag[flag.ordinal()];
    }

    int inDistanceBand(int band) {
        return byDistanceBand[band];
    }

    /** Listed persons who get no sparsity payment because their distance is unknown. */
    int withoutDistance() {
        return withoutDistance;
    }

    int withoutRecord() {
        return withoutRecord;
    }
}
