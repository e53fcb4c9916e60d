package se.vardval.demo.internal;

import java.time.LocalDate;

import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;

/**
 * Hands out unique personnummer and samordningsnummer with correct check digits: per birth date, sex and kind the
 * birth numbers are counted up (odd for men, even for women); a full day moves on to the day before.
 */
final class PersonIds {

    private static final int PER_DAY_AND_SEX = 500;

    private final LocalDate earliest;
    private final int[] used;

    /** Numbers for birth dates from {@code earliest} on. */
    PersonIds(LocalDate earliest, LocalDate latest) {
        this.earliest = earliest;
        this.used = new int[4 * (int) (latest.toEpochDay() - earliest.toEpochDay() + 1)];
    }

    /** A new id for someone born on the day (or a day before when that day is used up) of the given sex. */
    PersonId next(LocalDate birthDate, Sex sex, boolean coordinationNumber) {
        LocalDate day = birthDate;
        int slot = slot(day, sex, coordinationNumber);
        while (used[slot] == PER_DAY_AND_SEX) {
            day = day.minusDays(1);
            slot = slot(day, sex, coordinationNumber);
        }
        int birthNumber = 2 * used[slot]++ + (sex == Sex.M ? 1 : 0);
        int dayPart = day.getDayOfMonth() + (coordinationNumber ? 60 : 0);
        String dateDigits = String.format("%04d%02d%02d", day.getYear(), day.getMonthValue(), dayPart);
        String nine = dateDigits.substring(2) + String.format("%03d", birthNumber);
        return PersonId.parse(dateDigits + String.format("%03d", birthNumber) + PersonId.checkDigit(nine));
    }

    private int slot(LocalDate day, Sex sex, boolean coordinationNumber) {
        if (day.isBefore(earliest)) {
            throw new IllegalStateException("no birth numbers left before " + earliest);
        }
        return 4 * (int) (day.toEpochDay() - earliest.toEpochDay()) + (sex == Sex.M ? 2 : 0)
                + (coordinationNumber ? 1 : 0);
    }
}
