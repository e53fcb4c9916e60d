package se.vardval.cli;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Formats numbers the Swedish way, a space between thousands and a decimal comma: {@code 1 234 567,89 kr}; reads a
 * number typed with a decimal comma or point.
 */
final class SwedishNumbers {

    /** An optional sign (a typographic minus too), digits and optionally a decimal comma or point and digits. */
    private static final Pattern DECIMAL = Pattern.compile("[+\\-\u2212]?\\d+([.,]\\d+)?");

    private SwedishNumbers() {
    }

    /** An amount in kronor with öre, e.g. {@code 1 234,50 kr}. */
    static String kronor(BigDecimal amount) {
        return format(2).format(amount) + " kr";
    }

    /** A count, e.g. {@code 130 000}. */
    static String count(long n) {
        return format(0).format(n);
    }

    /** A count with its noun in the singular or the plural, e.g. {@code 1 avvisad post}, {@code 2 avvisade poster}. */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** A decimal number with the decimals it has, e.g. {@code 2 453} or {@code 0,33}. */
    static String decimal(BigDecimal number) {
        return format(Math.max(number.scale(), 0)).format(number);
    }

    /** A measured number with a fixed number of decimals, e.g. {@code 12,35}. */
    static String decimal(double number, int decimals) {
        return format(decimals).format(number);
    }

    /** A number typed with a decimal comma or point, e.g. {@code 2,3}, {@code 2.3} or {@code -0,4}; empty if none. */
    static Optional<BigDecimal> parse(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace('\u2212', '-').replace(',', '.')));
    }

    private static DecimalFormat format(int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format;
    }
}
