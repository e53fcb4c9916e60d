package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;

/** A run keeps the months whose approved lines its calculation read, on every backend. */
class ApprovedMonthsReadTest extends BackendTest {

    private static final YearMonth JANUARY = YearMonth.of(2020, 1);
    private static final YearMonth MAY = YearMonth.of(2020, 5);
    private static final MonthSpan JANUARY_TO_APRIL = new MonthSpan(JANUARY, MAY.minusMonths(1));

    private static PaymentRun calculated(String careChoice, YearMonth period, MonthSpan read, Instant at,
            Long corrects) {
        return new PaymentRun(0, careChoice, period, period.getYear(), RunState.CALCULATED, "fp", read, "anna", at,
                null, null, corrects, null);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aRunKeepsTheMonthsWhoseApprovedLinesItRead(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        Instant now = AuditTrail.now();

        PaymentRun may = store.create(calculated("hud-a", MAY, JANUARY_TO_APRIL, now, null), List.of(), List.of());
        PaymentRun january = store.create(calculated("hud-a", JANUARY, null, now, null), List.of(), List.of());

        assertEquals(JANUARY_TO_APRIL, store.find(may.id()).orElseThrow().approvedMonthsRead());
        assertEquals(List.of(JANUARY_TO_APRIL), store.list("hud-a").stream().map(PaymentRun::approvedMonthsRead)
                .filter(read -> read != null).toList());
        assertNull(store.find(january.id()).orElseThrow().approvedMonthsRead(), "a run that read none");
        assertEquals(JANUARY_TO_APRIL, store.changeState(may.id(), RunState.APPROVED, "bertil").approvedMonthsRead());
    }
}
