package se.vardval.core.model;

import java.util.Arrays;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Sex;

/**
 * The persons listed at one unit on a day who share age, sex, distance band and whether the register has them, with
 * how many of them carry each CNI flag: what a capitation model needs of the listing day, without a record per
 * person. A listing whose person has no record takes age and sex from the personnummer; one whose personnummer is
 * not valid either is grouped with age −1 and no sex ({@link #readable()} false).
 */
public final class ListedGroup {

    private final String hsaId;
    private final int age;
    private final Sex sex;
    private final int distanceBand;
    private final boolean hasRecord;
    private final int listed;
    private final int[] withFlag;

    /**
     * A group of {@code listed} persons, {@code withFlag[f]} of them with the flag of ordinal {@code f};
     * {@code distanceBand} is the index of the requested band holding their distance, −1 for none or unknown.
     */
    public ListedGroup(String hsaId, int age, Sex sex, int distanceBand, boolean hasRecord, int listed,
            int[] withFlag) {
        if (withFlag.length != CniFlag.values().length) {
            throw new IllegalArgumentException("one count per CNI flag is needed, got " + withFlag.length);
        }
        this.hsaId = hsaId;
        this.age = age;
        this.sex = sex;
        this.distanceBand = distanceBand;
        this.hasRecord = hasRecord;
        this.listed = listed;
        this.withFlag = withFlag.clone();
    }

    /** The unit the persons are listed at. */
    public String hsaId() {
        return hsaId;
    }

    /** Their completed years on the day (never below 0), −1 when not {@link #readable()}. */
    public int age() {
        return age;
    }

    /** Their legal sex; null when not {@link #readable()}. */
    public Sex sex() {
        return sex;
    }

    /** The index of the requested distance band holding their distance; −1 when none does or it is unknown. */
    public int distanceBand() {
        return distanceBand;
    }

    /** Whether the person register has them (without a record there are no flags and no distance). */
    public boolean hasRecord() {
        return hasRecord;
    }

    /** Whether age and sex are known: false for persons without a record whose personnummer is not valid. */
    public boolean readable() {
        return sex != null;
    }

    /** How many persons the group holds. */
    public int listed() {
        return listed;
    }

    /** How many of them carry the flag. */
    public int withFlag(CniFlag flag) {
        return withFlag[flag.ordinal()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListedGroup g && hsaId.equals(g.hsaId) && age == g.age && sex == g.sex
                && distanceBand == g.distanceBand && hasRecord == g.hasRecord && listed == g.listed
                && Arrays.equals(withFlag, g.withFlag);
    }

    @Override
    public int hashCode() {
        return (hsaId.hashCode() * 31 + age) * 31 + listed;
    }

    @Override
    public String toString() {
        return hsaId + ";" + age + ";" + sex + ";" + distanceBand + ";" + hasRecord + ";" + listed + ";"
                + Arrays.toString(withFlag);
    }
}
