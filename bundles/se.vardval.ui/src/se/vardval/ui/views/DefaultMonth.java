package se.vardval.ui.views;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;

/**
 * The month a plugin's view opens on: that of the vårdval's newest payment run, else the newest month up to the
 * previous one whose year has a rulebook, else the previous month.
 */
public final class DefaultMonth {

    private static final int DECEMBER = 12;

    private DefaultMonth() {
    }

    /** The month of the vårdval's newest payment run, else the newest month with a rulebook up to last month. */
    public static YearMonth of(RunStore runs, RulebookStore rulebooks, String careChoice) {
        return runs.list(careChoice).stream().findFirst().map(PaymentRun::period)
                .orElseGet(() -> withRulebook(rulebooks.list(careChoice), YearMonth.now().minusMonths(1)));
    }

    /**
     * {@code previous} when its year has a rulebook (or no year up to it has one), else December of the newest
     * earlier year with a rulebook.
     */
    static YearMonth withRulebook(List<Rulebook> rulebooks, YearMonth previous) {
        return rulebooks.stream().map(Rulebook::year).filter(year -> year <= previous.getYear())
                .max(Comparator.naturalOrder())
                .map(year -> year == previous.getYear() ? previous : YearMonth.of(year, DECEMBER)).orElse(previous);
    }
}
