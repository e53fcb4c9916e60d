package se.vardval.core.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A validated personnummer or samordningsnummer, normalised to 12 digits {@code YYYYMMDDNNNN}; the birth date and
 * legal sex derive from it.
 */
public record PersonId(String value, LocalDate birthDate, Sex sex, boolean coordinationNumber) {

    /**
     * Parses {@code YYYYMMDD-NNNN} or {@code YYYYMMDDNNNN}.
     *
     * @throws IllegalArgumentException with a reason a user can read when the number is malformed, has an
     *             impossible date or a wrong check digit
     */
    public static PersonId parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        boolean hyphen = trimmed.length() == 13 && trimmed.charAt(8) == '-';
        if (!(hyphen || trimmed.length() == 12) || !asciiDigits(trimmed, 0, 8)
                || !asciiDigits(trimmed, trimmed.length() - 4, trimmed.length())) {
            throw new IllegalArgumentException("inte ett personnummer (ÅÅÅÅMMDD-NNNN): '" + text + "'");
        }
        String digits = hyphen ? new StringBuilder(12).append(trimmed, 0, 8).append(trimmed, 9, 13).toString()
                : trimmed;
        int day = number(digits, 6, 8);
        boolean coordination = day > 60;
        LocalDate birth = birthDate(number(digits, 0, 4), number(digits, 4, 6), coordination ? day - 60 : day, text);
        if (checkDigit(digits, 2) != digits.charAt(11) - '0') {
            throw new IllegalArgumentException("felaktig kontrollsiffra i personnumret '" + text + "'");
        }
        Sex sex = (digits.charAt(10) - '0') % 2 == 0 ? Sex.F : Sex.M;
        return new PersonId(digits, birth, sex, coordination);
    }

    /**
     * A personnummer as people write it, {@code YYYYMMDD-NNNN}, when the text is a valid one in either form; other
     * text (and null) unchanged.
     */
    public static String written(String text) {
        return isValid(text) ? parse(text).toString() : text;
    }

    /** Whether the text is a valid personnummer or samordningsnummer. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The stored 12-digit form ({@link #value()}) as a number, for compact keys over millions of persons; -1 when the
     * text is not 12 ASCII digits, which no stored person id is. A loop without parsing, as it runs for every visit.
     */
    public static long storedNumber(String stored) {
        if (stored == null || stored.length() != 12 || !asciiDigits(stored, 0, 12)) {
            return -1;
        }
        long number = 0;
        for (int i = 0; i < 12; i++) {
            number = number * 10 + stored.charAt(i) - '0';
        }
        return number;
    }

    /** The Luhn check digit for the nine digits {@code YYMMDDNNN}. */
    public static int checkDigit(String nineDigits) {
        return checkDigit(nineDigits, 0);
    }

    /** The Luhn check digit for the nine digits {@code YYMMDDNNN} from {@code from} on in the text. */
    private static int checkDigit(String text, int from) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (text.charAt(from + i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean asciiDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String digits, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + digits.charAt(i) - '0';
        }
        return value;
    }

    private static LocalDate birthDate(int year, int month, int day, String text) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("omöjligt datum i personnumret '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }
}
