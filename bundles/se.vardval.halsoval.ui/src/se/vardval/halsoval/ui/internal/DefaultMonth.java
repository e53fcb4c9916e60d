package se.vardval.halsoval.ui.internal;

import java.time.YearMonth;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.store.RunStore;

/** The month a Hälsoval view opens on: that of the vårdval's newest payment run, else the previous month. */
final class DefaultMonth {

    private DefaultMonth() {
    }

    static YearMonth of(RunStore runs, String careChoice) {
        return runs.list(careChoice).stream().findFirst().map(PaymentRun::period)
                .orElse(YearMonth.now().minusMonths(1));
    }
}
