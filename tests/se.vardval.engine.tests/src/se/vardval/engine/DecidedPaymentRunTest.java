package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Payments decided outside the model are paid by the run of their month as lines of their own, and only once. */
class DecidedPaymentRunTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);
    private static final PaymentLine COMPENSATION = new PaymentLine("B", "DEFICIT_COMPENSATION", BigDecimal.ONE,
            new BigDecimal("1234.56"), new BigDecimal("1234.56"));

    private InMemoryWorld world;
    private MonthlyRunEngine engine;

    @BeforeEach
    void world() {
        world = new InMemoryWorld();
        world.rulebook(2020, RulebookStatus.DECIDED);
        world.listings.add(new Listing("198112189876", "demo", "A", LocalDate.of(2019, 1, 1), null, false));
        world.listings.add(new Listing("197010632391", "demo", "B", LocalDate.of(2019, 1, 1), null, false));
        engine = new MonthlyRunEngine(world, world.masterData, world.rulebookStore, world.runStore, world,
                TestUsers.ACCESS, world.naming, Clock.fixed(Instant.parse("2020-04-02T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void theRunOfTheMonthPaysItWithARemarkAndACorrectionDoesNotPayItAgain() {
        String without = engine.run("demo", MARCH, "anna").inputsFingerprint();
        world.decided.add(payment(MARCH, "B", "1234.56"));
        world.decided.add(payment(MARCH.plusMonths(1), "A", "99.00"));

        PaymentRun run = engine.run("demo", MARCH, "anna");

        assertNotEquals(without, run.inputsFingerprint(), "the decided payments are inputs of the run");
        List<PaymentLine> lines = world.lines.get(run.id());
        assertEquals(List.of(COMPENSATION), lines.stream().filter(l -> l.component().equals("DEFICIT_COMPENSATION"))
                .toList());
        assertEquals(new BigDecimal("1434.56"), run.total(), "100 + 100 listed and 1 234.56 decided");
        assertEquals(List.of(new RunWarning("B", "DECIDED_PAYMENT", "DEFICIT_COMPENSATION 1 234,56 kr: deficit"
                + " compensation 2019, enligt beslut RS 2020-02-25 § 12.")), world.runStore.warnings(run.id()));

        engine.approve(run.id(), "bertil");
        PaymentRun correction = engine.correct("demo", MARCH, "anna");
        assertEquals(List.of(), world.lines.get(correction.id()));
        assertEquals(0, correction.total().signum());
        assertEquals(List.of(), world.runStore.warnings(correction.id()), "nor a remark of it");
    }

    private static DecidedPayment payment(YearMonth period, String unit, String amount) {
        return new DecidedPayment("demo", period, unit, "DEFICIT_COMPENSATION", new BigDecimal(amount),
                "deficit compensation 2019", "RS 2020-02-25 § 12");
    }
}
