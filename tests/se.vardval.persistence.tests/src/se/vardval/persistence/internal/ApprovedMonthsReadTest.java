package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.RunWarning;
import se.vardval.core.store.RunInputChanges;

/**
 * A run keeps the months whose approved lines its calculation read, and an approval since of a run or correction of
 * its vårdval for one of those months is a change to its inputs, read from the audit log the run store writes; the
 * approvals of other months and other vårdval, and runs that read no approved lines, are left alone.
 */
class ApprovedMonthsReadTest extends BackendTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(STOCKHOLM);
    private static final YearMonth JANUARY = YearMonth.of(2020, 1);
    private static final YearMonth MARCH = YearMonth.of(2020, 3);
    private static final YearMonth MAY = YearMonth.of(2020, 5);
    private static final MonthSpan JANUARY_TO_APRIL = new MonthSpan(JANUARY, MAY.minusMonths(1));

    private static PaymentRun calculated(String careChoice, YearMonth period, MonthSpan read, Instant at,
            Long corrects) {
        return new PaymentRun(0, careChoice, period, period.getYear(), RunState.CALCULATED, "fp", read, "anna", at,
                null, null, corrects, null);
    }

    private static PaymentRun approved(JpaRunStore store, PaymentRun run) {
        return store.changeState(store.create(run, List.of(), List.of()).id(), RunState.APPROVED, "bertil");
    }

    private static List<RunWarning> warnings(Backend backend, JpaRunStore store, PaymentRun run) {
        return new RunInputChanges(STOCKHOLM).warnings(new JpaAuditLog(backend.database()),
                store.find(run.id()).orElseThrow());
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

    @ParameterizedTest
    @MethodSource("backends")
    void anApprovalOfAMonthTheRunReadIsAChangeOfItsInputsUntilTheMonthIsCalculatedAgain(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        Instant calculatedAt = AuditTrail.now().minusSeconds(60);
        PaymentRun may = store.create(calculated("hud-b", MAY, JANUARY_TO_APRIL, calculatedAt, null), List.of(),
                List.of());
        PaymentRun ogonMay = store.create(calculated("ogon-b", MAY, null, calculatedAt, null), List.of(), List.of());

        PaymentRun march = approved(store, calculated("hud-b", MARCH, null, calculatedAt, null));
        store.changeState(march.id(), RunState.EXPORTED, "bertil");
        approved(store, calculated("hud-b", MAY.plusMonths(1), null, calculatedAt, null));
        approved(store, calculated("ogon-b", MARCH, null, calculatedAt, null));
        PaymentRun correction = approved(store, calculated("hud-b", MARCH, null, calculatedAt, march.id()));

        String since = " av bertil efter att körningen beräknades " + MINUTE.format(calculatedAt)
                + "; körningen räknar inte med det; ";
        List<RunWarning> expected = List.of(
                new RunWarning(null, RunInputChanges.CODE, "körning " + march.id() + " för 2020-03 attesterad "
                        + approvedAt(backend, march, calculatedAt) + since + "beräkna månaden igen före attest"),
                new RunWarning(null, RunInputChanges.CODE, "korrigeringskörning " + correction.id() + " för 2020-03"
                        + " attesterad " + approvedAt(backend, correction, calculatedAt) + since
                        + "beräkna månaden igen före attest"));
        assertEquals(expected, warnings(backend, store, may), "March's export, June and ögon's March are no change");
        assertEquals(List.of(), warnings(backend, store, ogonMay), "ögon's May read no approved lines");

        store.changeState(may.id(), RunState.APPROVED, "cecilia");
        assertEquals(expected.stream().map(w -> w.message().replace("beräkna månaden igen före attest",
                "en korrigeringskörning betalar skillnaden")).toList(),
                warnings(backend, store, may).stream().map(RunWarning::message).toList(),
                "approving the run is not refused, and it warns as of any other change");
        PaymentRun mayAgain = store.create(calculated("hud-b", MAY, JANUARY_TO_APRIL,
                AuditTrail.now().plusSeconds(1), null), List.of(), List.of());
        assertEquals(List.of(), warnings(backend, store, mayAgain), "calculated after the approvals, it counts them");
    }

    /** When the audit log says the run was approved, to the minute. */
    private static String approvedAt(Backend backend, PaymentRun run, Instant after) {
        AuditEntry approval = new JpaAuditLog(backend.database())
                .changesAfter(after, List.of(RunInputChanges.PAYMENT_RUN)).stream()
                .filter(e -> e.entityKey().equals(Long.toString(run.id())) && e.action().equals("APPROVED"))
                .findFirst().orElseThrow();
        return MINUTE.format(approval.at());
    }
}
