package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;

/**
 * What a run keeps beside its lines (rejections, cost hand-overs), what approval makes of the hand-overs (costs of the
 * receiving units), and the approved lines a later month's model reads.
 */
class ApprovedRunsTest extends BackendTest {

    private static final String A = Fixtures.UNIT_A;
    private static final String FOTVARD = "fotvard";
    private static final YearMonth MAY = YearMonth.of(2025, 5);

    private static PaymentRun calculated(String careChoice, YearMonth period, Long corrects) {
        return new PaymentRun(0, careChoice, period, period.getYear(), RunState.CALCULATED, "fp", null, "anna",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, corrects, null);
    }

    private static PaymentLine line(String unit, String basis, String rate, String amount) {
        return new PaymentLine(unit, "CAPITATION", new BigDecimal(basis), new BigDecimal(rate),
                new BigDecimal(amount));
    }

    private static CostHandOver handOver(String unit, YearMonth period, String amount, String reference) {
        return new CostHandOver(unit, period, CostCategory.FOOT_CARE, new BigDecimal(amount), reference);
    }

    private static RunInputs inputs(Backend backend, String careChoice, YearMonth period) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        if (store.careChoices().isEmpty()) {
            Fixtures.register(store);
        }
        return new JdbcRunDataSource(backend.database()).open(new CareChoice(careChoice, careChoice, careChoice),
                period, JsonNodeFactory.instance.objectNode());
    }

    private static List<Cost> footCare(Backend backend, YearMonth period) {
        return inputs(backend, Fixtures.CARE_CHOICE, period).costs().stream()
                .filter(c -> c.category() == CostCategory.FOOT_CARE).toList();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rejectionsAndHandOversAreKeptWithTheRunInOrder(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        RejectedItem late = new RejectedItem("SE-B", "T9", "194001010001", LocalDate.of(2025, 4, 30), "LATE",
                "Registrerad för sent");
        RejectedItem noDate = new RejectedItem("SE-A", "Q1", null, null, "QUOTA", "Över årets kvot");
        RejectedItem early = new RejectedItem("SE-A", "T2", "195002020002", LocalDate.of(2025, 4, 2), "NOT_LISTED",
                "Ej listad i Hälsoval");
        ModelResult result = new ModelResult(List.of(line("SE-A", "1", "450", "450")),
                List.of(new RunWarning(null, "W", "w")), List.of(late, noDate, early),
                List.of(handOver("SE-B", MAY, "100.005", "T9"), handOver("SE-A", MAY, "450", null)));

        PaymentRun run = store.create(calculated("fotvard-x", YearMonth.of(2025, 4), null), result);

        assertEquals(List.of(early, noDate, late), store.rejections(run.id()));
        assertEquals(List.of(handOver("SE-A", MAY, "450.00", null), handOver("SE-B", MAY, "100.01", "T9")),
                store.costHandOvers(run.id()));
        assertEquals(new BigDecimal("450.00"), run.total(), "a hand-over is not a payment of the run");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aHandOverWithoutACategoryIsRefused(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        ModelResult result = new ModelResult(List.of(), List.of(), List.of(),
                List.of(new CostHandOver("SE-A", MAY, null, BigDecimal.ONE, "x")));
        assertThrows(IllegalArgumentException.class, () -> store.create(calculated("fotvard-y", MAY, null), result));
        assertTrue(store.list("fotvard-y").isEmpty(), "nothing is stored");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void approvalMakesTheHandOversCostsOfTheReceivingUnitsAndACorrectionOnlyTheDifference(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        inputs(backend, Fixtures.CARE_CHOICE, MAY);
        PaymentRun ordinary = store.create(calculated(FOTVARD, MAY, null), new ModelResult(List.of(), List.of(),
                List.of(), List.of(handOver(A, MAY, "300.00", "T1"), handOver(A, MAY, "200.00", "T1"),
                        handOver(A, MAY, "75.50", null), handOver(A, MAY.minusMonths(1), "10.00", "T0"))));
        assertEquals(List.of(), footCare(backend, MAY), "nothing is charged before approval");

        store.changeState(ordinary.id(), RunState.APPROVED, "bertil");

        String run = FOTVARD + " run " + ordinary.id();
        assertEquals(List.of(cost(MAY, "75.50", run), cost(MAY, "500.00", run + " T1")), footCare(backend, MAY));
        assertEquals(List.of(cost(MAY.minusMonths(1), "10.00", run + " T0")), footCare(backend, MAY.minusMonths(1)));
        List<AuditEntry> audit = new JpaAuditLog(backend.database()).entries("cost", 10);
        assertEquals(3, audit.size());
        assertTrue(audit.stream().allMatch(e -> e.user().equals("bertil") && e.action().equals("CREATE")));

        PaymentRun correction = store.create(calculated(FOTVARD, MAY, ordinary.id()), new ModelResult(List.of(),
                List.of(), List.of(), List.of(handOver(A, MAY, "-200.00", "T1"))));
        store.changeState(correction.id(), RunState.APPROVED, "bertil");

        List<Cost> after = footCare(backend, MAY);
        assertEquals(Set.of(cost(MAY, "75.50", run), cost(MAY, "500.00", run + " T1"),
                cost(MAY, "-200.00", FOTVARD + " run " + correction.id() + " T1")), Set.copyOf(after));
        assertEquals(new BigDecimal("375.50"), after.stream().map(Cost::amount).reduce(BigDecimal::add).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void approvedLinesAreTheMonthsPaidNetOfApprovedCorrections(Backend backend) {
        JpaRunStore store = new JpaRunStore(backend.database());
        YearMonth january = YearMonth.of(2026, 1);
        String careChoice = "specialist";
        PaymentRun ordinary = store.create(calculated(careChoice, january, null), List.of(
                line("SE-A", "100", "10", "1000.00"), line("SE-B", "50", "10", "500.00")), List.of());
        store.changeState(ordinary.id(), RunState.APPROVED, "bertil");
        PaymentRun correction = store.create(calculated(careChoice, january, ordinary.id()), List.of(
                line("SE-A", "5", "10.5", "52.50"), line("SE-B", "-50", "10", "-500.00")), List.of());
        store.changeState(correction.id(), RunState.APPROVED, "bertil");
        store.create(calculated(careChoice, january, ordinary.id()), List.of(line("SE-A", "1", "10", "999.00")),
                List.of());
        store.create(calculated(careChoice, january.plusMonths(1), null), List.of(line("SE-A", "1", "1", "1.00")),
                List.of());
        PaymentRun march = store.create(calculated(careChoice, january.plusMonths(2), null),
                List.of(line("SE-A", "7", "1", "7.00")), List.of());
        store.changeState(march.id(), RunState.APPROVED, "bertil");
        PaymentRun other = store.create(calculated("tandvard-z", january, null),
                List.of(line("SE-A", "3", "1", "3.00")), List.of());
        store.changeState(other.id(), RunState.APPROVED, "bertil");

        assertEquals(List.of(new ApprovedLine(january, line("SE-A", "105", "10.5", "1052.50"))),
                inputs(backend, careChoice, january.plusMonths(2)).approvedLines(january, january.plusMonths(1)));
        assertEquals(List.of(new ApprovedLine(january, line("SE-A", "105", "10.5", "1052.50")),
                new ApprovedLine(january.plusMonths(2), line("SE-A", "7", "1", "7.00"))),
                inputs(backend, careChoice, january.plusMonths(3)).approvedLines(january, january.plusMonths(2)));
        assertEquals(List.of(), inputs(backend, careChoice, january).approvedLines(january.minusMonths(1),
                january.minusMonths(1)));
    }

    private static Cost cost(YearMonth period, String amount, String reference) {
        return new Cost(A, period, CostCategory.FOOT_CARE, new BigDecimal(amount), reference);
    }
}
