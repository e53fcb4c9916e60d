package se.vardval.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers the way Swedish texts and documents write them, a space grouping thousands and a decimal comma:
 * {@code 1 234 567,89 kr}, {@code 0,8734}.
 */
public final class SwedishNumbers {

    private SwedishNumbers() {
    }

    /** An amount with two decimals, rounded half-up: {@code 1 234 567,89}. */
    public static String amount(BigDecimal value) {
        return format("#,##0.00", value);
    }

    /** An amount with two decimals and {@code kr}: {@code 1 234 567,89 kr}. */
    public static String kronor(BigDecimal value) {
        return amount(value) + " kr";
    }

    /** A basis, rate, weight or count with the decimals it has (at most ten): {@code 12 345}, {@code 0,8734}. */
    public static String decimal(BigDecimal value) {
        return format("#,##0.##########", value);
    }

    /** A rate or weight with exactly {@code decimals} decimals, rounded half-up: {@code 0,8750}, {@code 1 234,5}. */
    public static String decimal(BigDecimal value, int decimals) {
        return format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), value);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
