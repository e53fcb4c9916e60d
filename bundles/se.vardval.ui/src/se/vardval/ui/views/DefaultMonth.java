package se.vardval.ui.views;

import java.time.YearMonth;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.store.RunStore;

/** The month a plugin's view opens on: that of the vårdval's newest payment run, else the previous month. */
public final class DefaultMonth {

    private DefaultMonth() {
    }

    /** The month of the vårdval's newest payment run, else the month before this one. */
    public static YearMonth of(RunStore runs, String careChoice) {
        return runs.list(careChoice).stream().findFirst().map(PaymentRun::period)
                .orElse(YearMonth.now().minusMonths(1));
    }
}
