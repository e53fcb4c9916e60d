package se.vardval.ui.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts, numbers, dates and months as Swedish administrators read them, whatever the language of the client:
 * {@code 1 234 567,89 kr}, {@code 0,8734}, {@code 2020-03-01}, {@code mars 2020}.
 */
public final class SwedishFormat {

    /** The Swedish locale. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private static final BigDecimal NO_RATE = BigDecimal.ONE.negate();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", SWEDISH);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", SWEDISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", SWEDISH)
            .withZone(ZoneId.systemDefault());

    private SwedishFormat() {
    }

    /** An amount in kronor with two decimals and grouped thousands: {@code 1 234 567,89 kr}. */
    public static String kronor(BigDecimal amount) {
        return amount == null ? "" : decimal("#,##0.00").format(amount) + " kr";
    }

    /** Whole kronor with grouped thousands: {@code 1 234 568 kr}, for chart axes and summaries. */
    public static String wholeKronor(double amount) {
        return decimal("#,##0").format(amount) + " kr";
    }

    /** A quantity with as many decimals as it has (at most six): {@code 12 345}, {@code 0,8734}. */
    public static String number(BigDecimal value) {
        return value == null ? "" : decimal("#,##0.######").format(value);
    }

    /**
     * A rate with the decimals it has once its trailing zeros are gone, at most four, rounded half-up:
     * {@code 1 234}, {@code 0,8734}; empty for none (null, or the {@code -1} of a line without a rate).
     */
    public static String rate(BigDecimal value) {
        return value == null || value.compareTo(NO_RATE) == 0 ? "" : decimal("#,##0.####").format(value);
    }

    /** A number with exactly {@code decimals} decimals, rounded half-up: {@code 0,50}. */
    public static String fixed(BigDecimal value, int decimals) {
        return value == null ? "" : decimal("#,##0." + "0".repeat(decimals)).format(value);
    }

    /** A date as {@code 2020-03-01}; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A month as {@code mars 2020}. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** A month as short as a chart axis wants it: {@code mars 20}, {@code jan. 21}. */
    public static String shortMonth(YearMonth month) {
        return SHORT_MONTH.format(month);
    }

    /** A moment as local {@code 2020-03-01 14:05}. */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** Reads an amount or number typed the Swedish way (spaces, comma) or with a point; null when blank. */
    public static BigDecimal parse(String text) {
        String compact = text == null ? "" : text.replace("kr", "").replaceAll("[\\s\u00a0\u202f]", "")
                .replace('\u2212', '-').replace(',', '.');
        return compact.isEmpty() ? null : new BigDecimal(compact);
    }

    private static DecimalFormat decimal(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
