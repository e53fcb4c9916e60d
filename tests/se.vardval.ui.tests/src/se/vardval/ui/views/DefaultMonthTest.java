package se.vardval.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;

/** The month a view opens on when its vårdval has no payment run yet. */
class DefaultMonthTest {

    private static final YearMonth OCTOBER_2026 = YearMonth.of(2026, 10);

    @Test
    void lastMonthWhenItsYearHasARulebook() {
        assertEquals(OCTOBER_2026, DefaultMonth.withRulebook(rulebooks(2025, 2026, 2027), OCTOBER_2026));
    }

    @Test
    void decemberOfTheNewestEarlierYearWithARulebook() {
        assertEquals(YearMonth.of(2025, 12), DefaultMonth.withRulebook(rulebooks(2024, 2025), OCTOBER_2026));
        assertEquals(YearMonth.of(2024, 12), DefaultMonth.withRulebook(rulebooks(2027, 2024), OCTOBER_2026));
    }

    @Test
    void lastMonthWhenNoYearUpToItHasARulebook() {
        assertEquals(OCTOBER_2026, DefaultMonth.withRulebook(List.of(), OCTOBER_2026));
        assertEquals(OCTOBER_2026, DefaultMonth.withRulebook(rulebooks(2027), OCTOBER_2026));
    }

    private static List<Rulebook> rulebooks(int... years) {
        return Arrays.stream(years).mapToObj(year -> new Rulebook("barntandvard", "tandvard", year,
                RulebookStatus.DECIDED, "RS 2024/17", JsonNodeFactory.instance.objectNode())).toList();
    }
}
