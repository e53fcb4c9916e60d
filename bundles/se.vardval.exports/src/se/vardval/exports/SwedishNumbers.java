package se.vardval.exports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers the way Swedish documents write them: {@code 1 234 567,89}, a space grouping thousands. */
final class SwedishNumbers {

    private SwedishNumbers() {
    }

    /** An amount with two decimals. */
    static String amount(BigDecimal value) {
        return format("#,##0.00", value);
    }

    /** An amount with two decimals and {@code kr}. */
    static String kronor(BigDecimal value) {
        return amount(value) + " kr";
    }

    /** A basis or rate with the decimals it has (at most ten). */
    static String decimal(BigDecimal value) {
        return format("#,##0.##########", value);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        return format.format(value);
    }
}
