package se.vardval.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A span of months: both ends included, none when it would end before it starts, and the span covering two. */
class MonthSpanTest {

    private static final YearMonth JANUARY = YearMonth.of(2020, 1);
    private static final YearMonth APRIL = YearMonth.of(2020, 4);

    @Test
    void holdsBothEndsAndTheMonthsBetween() {
        MonthSpan span = new MonthSpan(JANUARY, APRIL);
        assertTrue(span.contains(JANUARY));
        assertTrue(span.contains(YearMonth.of(2020, 3)));
        assertTrue(span.contains(APRIL));
        assertFalse(span.contains(YearMonth.of(2019, 12)));
        assertFalse(span.contains(YearMonth.of(2020, 5)));
    }

    @Test
    void aSpanEndingBeforeItStartsIsNoMonthAtAll() {
        assertEquals(Optional.empty(), MonthSpan.of(JANUARY, YearMonth.of(2019, 12)),
                "January's run reads the year's earlier months: none");
        assertEquals(Optional.of(new MonthSpan(JANUARY, JANUARY)), MonthSpan.of(JANUARY, JANUARY));
        assertThrows(IllegalArgumentException.class, () -> new MonthSpan(APRIL, JANUARY));
    }

    @Test
    void coveringTwoSpansReachesFromTheEarliestToTheLatestMonth() {
        MonthSpan spring = new MonthSpan(JANUARY, APRIL);
        assertEquals(new MonthSpan(YearMonth.of(2019, 6), APRIL),
                spring.covering(new MonthSpan(YearMonth.of(2019, 6), YearMonth.of(2019, 8))));
        assertEquals(new MonthSpan(JANUARY, YearMonth.of(2020, 12)),
                spring.covering(new MonthSpan(YearMonth.of(2020, 2), YearMonth.of(2020, 12))));
        assertEquals(spring, spring.covering(null));
    }
}
