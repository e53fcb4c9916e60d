package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.service.UserError;

/**
 * A month is paid once however many approve at once: two calculated runs of one month approved at the same moment by
 * two approvers give one approved run and one refusal, month after month.
 */
class ConcurrentApprovalTest extends BackendTest {

    private static final int MONTHS = 6;

    @ParameterizedTest
    @MethodSource("backends")
    void twoApprovalsOfOneMonthAtOnceApproveOneRun(Backend backend) throws Exception {
        JpaRunStore store = new JpaRunStore(backend.database());
        ExecutorService approvers = Executors.newFixedThreadPool(2);
        try {
            for (int month = 1; month <= MONTHS; month++) {
                YearMonth period = YearMonth.of(2024, month);
                List<String> outcomes = approveAtOnce(approvers, store, List.of(calculated(store, period),
                        calculated(store, period)));
                assertEquals(1, outcomes.stream().filter(o -> o.equals("APPROVED")).count(), period + ": " + outcomes);
                assertTrue(outcomes.stream().anyMatch(o -> o.startsWith("hv " + period + " är redan utbetald genom"
                        + " körning ")), period + ": " + outcomes);
                assertEquals(1, store.list("hv").stream().filter(r -> r.period().equals(period)
                        && r.state() == RunState.APPROVED).count());
            }
        } finally {
            approvers.shutdownNow();
        }
    }

    private static PaymentRun calculated(JpaRunStore store, YearMonth period) {
        PaymentRun run = new PaymentRun(0, "hv", period, period.getYear(), RunState.CALCULATED, "fp", null, "anna",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null, null, null);
        return store.create(run, new ModelResult(List.of(new PaymentLine("SE-A", "CAPITATION", BigDecimal.ONE,
                new BigDecimal("450"), new BigDecimal("450"))), List.of()));
    }

    /** Approves each run on a thread of its own, both released together; the new state or the refusal of each. */
    private static List<String> approveAtOnce(ExecutorService approvers, JpaRunStore store, List<PaymentRun> runs)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> approvals = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            long id = runs.get(i).id();
            String approver = "approver" + i;
            approvals.add(approvers.submit(() -> {
                start.await();
                try {
                    return store.changeState(id, RunState.APPROVED, approver).state().name();
                } catch (UserError refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> approval : approvals) {
            outcomes.add(approval.get());
        }
        return outcomes;
    }
}
