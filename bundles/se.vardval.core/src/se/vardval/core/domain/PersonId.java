package se.vardval.core.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validated personnummer or samordningsnummer, normalised to 12 digits {@code YYYYMMDDNNNN}; the birth date and
 * legal sex derive from it.
 */
public record PersonId(String value, LocalDate birthDate, Sex sex, boolean coordinationNumber) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})-?(\\d{4})");

    /**
     * Parses {@code YYYYMMDD-NNNN} or {@code YYYYMMDDNNNN}.
     *
     * @throws IllegalArgumentException with a reason a user can read when the number is malformed, has an
     *             impossible date or a wrong check digit
     */
    public static PersonId parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a personnummer (YYYYMMDD-NNNN): '" + text + "'");
        }
        int day = Integer.parseInt(m.group(3));
        boolean coordination = day > 60;
        LocalDate birth = birthDate(m.group(1), m.group(2), coordination ? day - 60 : day, text);
        String digits = m.group(1) + m.group(2) + m.group(3) + m.group(4);
        if (!luhnValid(digits.substring(2))) {
            throw new IllegalArgumentException("wrong check digit in '" + text + "'");
        }
        Sex sex = (digits.charAt(10) - '0') % 2 == 0 ? Sex.F : Sex.M;
        return new PersonId(digits, birth, sex, coordination);
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

    /** The Luhn check digit for the nine digits {@code YYMMDDNNN}. */
    public static int checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static boolean luhnValid(String tenDigits) {
        return checkDigit(tenDigits.substring(0, 9)) == tenDigits.charAt(9) - '0';
    }

    private static LocalDate birthDate(String year, String month, int day, String text) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), day);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date in '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return value.substring(0, 8) + "-" + value.substring(8);
    }
}
