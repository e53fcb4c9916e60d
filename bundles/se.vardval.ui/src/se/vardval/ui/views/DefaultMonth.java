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
     * The month of the newest payment run of any of the vårdval (a view over every vårdval), else the first one's
     * {@link #of default month}, else the previous month.
     */
    public static YearMonth ofAny(RunStore runs, RulebookStore rulebooks, List<String> careChoices) {
        return careChoices.stream().flatMap(careChoice -> runs.list(careChoice).stream().findFirst().stream())
                .map(PaymentRun::period).max(Comparator.naturalOrder())
                .orElseGet(() -> careChoices.isEmpty() ? YearMonth.now().minusMonths(1)
                        : of(runs, rulebooks, careChoices.get(0)));
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
