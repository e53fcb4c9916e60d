package se.vardval.exports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.vardval.core.domain.PersonId;

/**
 * Replaces every valid personnummer or samordningsnummer of twelve digits ({@code YYYYMMDD-NNNN} or
 * {@code YYYYMMDDNNNN}, not part of a longer number) in a text by {@link #MASK}, for outputs that must not carry them.
 */
public final class PersonnummerMask {

    /** What a personnummer is replaced with. */
    public static final String MASK = "[personnummer]";

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])[0-9]{8}-?[0-9]{4}(?![0-9])");

    private PersonnummerMask() {
    }

    /** The text with each personnummer masked; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(masked,
                    Matcher.quoteReplacement(PersonId.isValid(matcher.group()) ? MASK : matcher.group()));
        }
        return matcher.appendTail(masked).toString();
    }
}
