package se.vardval.fotvard.ui.internal;

import java.time.YearMonth;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.store.RunStore;
import se.vardval.ui.testing.DemoDatabase;

/**
 * The demo region's Medicinsk fotvård (one cohort of patients at 2 000 persons, see the plugin's demo data) with March
 * 2020 calculated once.
 */
final class FootCareMarch {

    static final String CARE_CHOICE = "fotvard";
    static final YearMonth MARCH = YearMonth.of(2020, 3);

    private FootCareMarch() {
    }

    /** The demo database with a run of March 2020; the id of that run. */
    static synchronized long ensure() throws Exception {
        DemoDatabase.ensure();
        RunStore runs = DemoDatabase.service(RunStore.class);
        return runs.list(CARE_CHOICE).stream().filter(r -> r.period().equals(MARCH)).findFirst()
                .orElseGet(() -> run()).id();
    }

    private static PaymentRun run() {
        try {
            return DemoDatabase.service(PaymentRunService.class).run(CARE_CHOICE, MARCH, DemoDatabase.ADMINISTRATOR);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
