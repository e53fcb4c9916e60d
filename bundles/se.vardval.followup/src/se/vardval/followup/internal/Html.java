package se.vardval.followup.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.vardval.followup.IndicatorScale;

/** Text for the Swedish page: escaped HTML, months and values as Swedish readers write them. */
final class Html {

    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", SWEDISH);
    private static final char NBSP = '\u00a0';

    private Html() {
    }

    /** The text with {@code & < > " '} escaped, for element content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The month in Swedish, e.g. {@code mars 2020}. */
    static String month(YearMonth period) {
        return MONTH.format(period);
    }

    /** A value on its scale with one decimal and a decimal comma, e.g. {@code 87,3 %} (non-breaking spaces). */
    static String value(BigDecimal value, IndicatorScale scale) {
        String number = scale.scale(value).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        return number + NBSP + scale.unit().replace(' ', NBSP);
    }
}
