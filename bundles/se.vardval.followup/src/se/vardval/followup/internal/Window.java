package se.vardval.followup.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/** An inclusive range of days over which visits are counted. */
record Window(LocalDate from, LocalDate to) {

    /** The calendar months ending with {@code last}: 18 months to 2020-03 are 2018-10-01 to 2020-03-31. */
    static Window monthsEnding(YearMonth last, int months) {
        return new Window(last.minusMonths(months - 1L).atDay(1), last.atEndOfMonth());
    }

    /** Whether the day lies in the window. */
    boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
