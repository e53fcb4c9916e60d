package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.vardval.core.domain.CniFlag;

/** Parsers of single field values; each throws {@link IllegalArgumentException} with the reason a user reads. */
final class Values {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");

    private Values() {
    }

    /** A decimal with {@code .} or {@code ,} as separator. */
    static BigDecimal decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("inte ett tal: '" + text + "'");
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    /** A parser of decimals that rejects a negative value with the reason given, e.g. {@code negativt avstånd}. */
    static Function<String, BigDecimal> nonNegativeDecimal(String negative) {
        return text -> {
            BigDecimal value = decimal(text);
            if (value.signum() < 0) {
                throw new IllegalArgumentException(negative);
            }
            return value;
        };
    }

    /** A whole number. */
    static int integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("inte ett heltal: '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    /** A parser of whole numbers that rejects a negative value with the reason given, e.g. {@code negativt antal}. */
    static Function<String, Integer> nonNegativeInteger(String negative) {
        return text -> {
            int value = integer(text);
            if (value < 0) {
                throw new IllegalArgumentException(negative);
            }
            return value;
        };
    }

    /** An ISO date {@code YYYY-MM-DD}, read without a regular expression or formatter (it is in every big row). */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException("inte ett datum (ÅÅÅÅ-MM-DD): '" + text + "'");
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or −1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }

    /** A period {@code YYYY-MM}. */
    static YearMonth period(String text) {
        try {
            if (PERIOD.matcher(text).matches()) {
                return YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("inte en period (ÅÅÅÅ-MM): '" + text + "'");
    }

    /** {@code true} or {@code false}, in any case. */
    static boolean bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("inte true eller false: '" + text + "'");
    }

    /** A kommunkod of four digits. */
    static String municipality(String text) {
        if (!MUNICIPALITY.matcher(text).matches()) {
            throw new IllegalArgumentException("inte en kommunkod (4 siffror): '" + text + "'");
        }
        return text;
    }

    /**
     * A parser of an enum constant by name in any case, reporting {@code <unknown> 'X' (förväntade …)}, e.g.
     * {@code okänt kön 'X' (förväntade F, M)}.
     */
    static <E extends Enum<E>> Function<String, E> enumOf(Class<E> type, String unknown) {
        return text -> {
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(unknown + " '" + text + "' (förväntade "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")");
            }
        };
    }

    /** {@code |}-separated CNI flag codes. */
    static Set<CniFlag> cniFlags(String text) {
        EnumSet<CniFlag> flags = EnumSet.noneOf(CniFlag.class);
        Function<String, CniFlag> flag = enumOf(CniFlag.class, "okänd CNI-flagga");
        for (String code : text.split("\\|", -1)) {
            if (!code.isBlank()) {
                flags.add(flag.apply(code.strip()));
            }
        }
        return Collections.unmodifiableSet(flags);
    }
}
