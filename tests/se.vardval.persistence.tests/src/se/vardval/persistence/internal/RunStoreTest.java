package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

class RunStoreTest extends BackendTest {

    private static PaymentRun calculated(String careChoice, YearMonth period, Long corrects) {
        return new PaymentRun(0, careChoice, period, period.getYear(), RunState.CALCULATED, "sha256:abc", null,
                "anna", Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, corrects, null);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void createStoresLinesAndSumsTheRoundedAmounts(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        List<PaymentLine> lines = List.of(
                new PaymentLine("SE-B", "AGE_CAPITATION", new BigDecimal("1234.5678"),
                        new BigDecimal("204.416666666666666667"), new BigDecimal("252360.42")),
                new PaymentLine("SE-A", "PENALTY", BigDecimal.ONE, new BigDecimal("-10000"),
                        new BigDecimal("-10000.00")),
                new PaymentLine("SE-A", "AGE_CAPITATION", new BigDecimal("100"), new BigDecimal("204.5"),
                        new BigDecimal("20450.005")));
        PaymentRun run = calculated("halsoval", YearMonth.of(2025, 3), null);

        PaymentRun stored = store.create(run, lines, List.of(new RunWarning("SE-A", "NO_DISTANCE", "2 persons"),
                new RunWarning(null, "CNI_FALLBACK", "CNI of 2025-01 used")));

        assertTrue(stored.id() > 0);
        assertEquals(new BigDecimal("262810.43"), stored.total());
        assertEquals(stored, store.find(stored.id()).orElseThrow());
        assertEquals(run.createdAt(), stored.createdAt());
        List<PaymentLine> read = store.lines(stored.id());
        assertEquals(List.of("SE-A/AGE_CAPITATION", "SE-A/PENALTY", "SE-B/AGE_CAPITATION"),
                read.stream().map(l -> l.hsaId() + "/" + l.component()).toList());
        assertEquals(new BigDecimal("20450.01"), read.get(0).amount());
        assertEquals(new BigDecimal("204.4166666667"), read.get(2).rate());
        assertEquals(new BigDecimal("1234.5678"), read.get(2).basis());
        assertEquals(List.of("NO_DISTANCE", "CNI_FALLBACK"),
                store.warnings(stored.id()).stream().map(RunWarning::code).toList());
        assertEquals(stored.id(), store.latest().orElseThrow().id());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void approvalFollowsFourEyesAndPaysAPeriodOnce(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        YearMonth period = YearMonth.of(2025, 4);
        PaymentRun first = store.create(calculated("tandvard", period, null), List.of(), List.of());
        PaymentRun second = store.create(calculated("tandvard", period, null), List.of(), List.of());
        assertTrue(store.approvedRun("tandvard", period).isEmpty());

        UserError selfApproval = assertThrows(UserError.class,
                () -> store.changeState(first.id(), RunState.APPROVED, "anna"));
        assertTrue(selfApproval.getMessage().contains("inte kan attestera"), selfApproval.getMessage());
        UserError skipped = assertThrows(UserError.class,
                () -> store.changeState(first.id(), RunState.EXPORTED, "bertil"));
        assertTrue(skipped.getMessage().endsWith("har tillståndet beräknad och kan inte övergå till exporterad"),
                skipped.getMessage());

        PaymentRun approved = store.changeState(first.id(), RunState.APPROVED, "bertil");
        assertEquals(RunState.APPROVED, approved.state());
        assertEquals("bertil", approved.approvedBy());
        assertNotNull(approved.approvedAt());
        assertEquals(first.id(), store.approvedRun("tandvard", period).orElseThrow().id());
        UserError paidTwice = assertThrows(UserError.class,
                () -> store.changeState(second.id(), RunState.APPROVED, "bertil"));
        assertTrue(paidTwice.getMessage().contains("är redan utbetald genom körning"
                + " " + first.id()), paidTwice.getMessage());

        PaymentRun correction = store.create(calculated("tandvard", period, first.id()), List.of(), List.of());
        store.changeState(correction.id(), RunState.APPROVED, "bertil");
        assertEquals(first.id(), store.approvedRun("tandvard", period).orElseThrow().id(),
                "a correction run is not the ordinary run of the period");
        assertEquals(RunState.EXPORTED, store.changeState(first.id(), RunState.EXPORTED, "cecilia").state());
        assertEquals(first.id(), store.approvedRun("tandvard", period).orElseThrow().id());
        assertEquals(List.of(correction.id(), second.id(), first.id()),
                store.list("tandvard").stream().map(PaymentRun::id).toList());

        List<AuditEntry> audit = new JpaAuditLog(backend.database()).entries("payment_run", 100).stream()
                .filter(e -> e.entityKey().equals(Long.toString(first.id()))).toList();
        assertEquals(List.of("EXPORTED", "APPROVED", "CREATE"), audit.stream().map(AuditEntry::action).toList());
        assertEquals("bertil", audit.get(1).user());
        assertTrue(audit.get(1).before().contains("\"state\":\"CALCULATED\""), audit.get(1).before());
        assertTrue(audit.get(1).after().contains("\"approvedBy\":\"bertil\""), audit.get(1).after());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aCorrectionCalculatedBeforeAnotherWasApprovedIsRefused(Backend backend) throws InterruptedException {
        JpaRunStore store = new JpaRunStore(backend.database());
        YearMonth period = YearMonth.of(2025, 5);
        PaymentRun ordinary = store.create(calculated("fotvard", period, null), List.of(), List.of());
        store.changeState(ordinary.id(), RunState.APPROVED, "bertil");
        PaymentRun first = store.create(calculated("fotvard", period, ordinary.id()), List.of(), List.of());
        PaymentRun second = store.create(calculated("fotvard", period, ordinary.id()), List.of(), List.of());
        store.changeState(first.id(), RunState.APPROVED, "bertil");

        UserError stale = assertThrows(UserError.class,
                () -> store.changeState(second.id(), RunState.APPROVED, "bertil"));
        assertTrue(stale.getMessage().contains("Korrigeringskörning " + first.id() + " av fotvard 2025-05"
                + " attesterades efter att körning " + second.id()), stale.getMessage());
        Thread.sleep(5);
        PaymentRun third = store.create(calculated("fotvard", period, ordinary.id()), List.of(), List.of());
        assertEquals(RunState.APPROVED, store.changeState(third.id(), RunState.APPROVED, "bertil").state());
    }
}
