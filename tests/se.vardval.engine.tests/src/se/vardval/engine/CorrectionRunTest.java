package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.service.UserError;

/** Correction runs pay the difference against what is paid, and only approved runs go to finance. */
class CorrectionRunTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    private InMemoryWorld world;
    private MonthlyRunEngine engine;

    @BeforeEach
    void world() {
        world = new InMemoryWorld();
        world.rulebook(2020, RulebookStatus.DECIDED);
        world.listings.add(listing("198112189876", "A"));
        world.listings.add(listing("198204112380", "A"));
        world.listings.add(listing("197010632391", "B"));
        engine = new MonthlyRunEngine(world, world.masterData, world.rulebookStore, world.runStore, world,
                TestUsers.ACCESS, world.naming, Clock.fixed(Instant.parse("2020-04-02T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aCorrectionPaysOnlyTheDifferenceAgainstTheApprovedRun() {
        PaymentRun ordinary = engine.approve(engine.run("demo", MARCH, "anna").id(), "bertil");
        world.listings.add(listing("194606060440", "B"));
        world.listings.add(listing("200001012384", "C"));

        PaymentRun correction = engine.correct("demo", MARCH, "anna");

        assertEquals(ordinary.id(), correction.correctsRunId());
        assertEquals(RunState.CALCULATED, correction.state());
        assertEquals(List.of(line("B", "1", "100.00"), line("C", "1", "100.00")), world.lines.get(correction.id()));
        assertEquals(new BigDecimal("200.00"), correction.total());
    }

    @Test
    void aSecondCorrectionSubtractsTheApprovedFirstOne() {
        engine.approve(engine.run("demo", MARCH, "anna").id(), "bertil");
        world.listings.add(listing("194606060440", "B"));
        engine.approve(engine.correct("demo", MARCH, "anna").id(), "bertil");
        world.listings.removeIf(l -> l.hsaId().equals("A"));

        PaymentRun second = engine.correct("demo", MARCH, "anna");

        assertEquals(List.of(new PaymentLine("A", "LISTED", new BigDecimal("-2"), new BigDecimal("100"),
                new BigDecimal("-200.00"))), world.lines.get(second.id()));
    }

    @Test
    void anOrdinaryRunIsExplainedFromItsStoredLinesAndACorrectionByCalculatingTheMonthAgain() {
        PaymentRun ordinary = engine.approve(engine.run("demo", MARCH, "anna").id(), "bertil");
        world.listings.add(listing("194606060440", "B"));
        PaymentRun correction = engine.correct("demo", MARCH, "anna");

        assertEquals("the run's lines: " + world.lines.get(ordinary.id()),
                engine.explain(ordinary.id(), new ExplainRequest("A", null, null)).summary());
        assertEquals("calculated again", engine.explain(correction.id(), new ExplainRequest("B", null, null))
                .summary(), "a correction's lines are differences, not the month's lines");
    }

    @Test
    void unchangedInputsGiveAnEmptyCorrection() {
        engine.approve(engine.run("demo", MARCH, "anna").id(), "bertil");
        assertEquals(List.of(), world.lines.get(engine.correct("demo", MARCH, "anna").id()));
    }

    @Test
    void aPeriodWithoutAnApprovedRunHasNothingToCorrect() {
        engine.run("demo", MARCH, "anna");
        assertEquals("demo 2020-03 har ingen attesterad körning att korrigera; beräkna och attestera en ordinarie"
                + " körning först",
                assertThrows(UserError.class, () -> engine.correct("demo", MARCH, "anna")).getMessage());
    }

    @Test
    void onlyAnApprovedRunIsExportedToFinance() {
        PaymentRun run = engine.run("demo", MARCH, "anna");
        assertEquals("körning 1 är inte attesterad; bara en attesterad körning exporteras till ekonomisystemet",
                assertThrows(UserError.class, () -> engine.recordExport(run.id(), "cecilia")).getMessage());
        engine.approve(run.id(), "bertil");
        assertEquals(RunState.EXPORTED, engine.recordExport(run.id(), "cecilia").state());
        assertEquals(RunState.EXPORTED, engine.recordExport(run.id(), "cecilia").state());
    }

    private static PaymentLine line(String unit, String basis, String amount) {
        return new PaymentLine(unit, "LISTED", new BigDecimal(basis), new BigDecimal("100"), new BigDecimal(amount));
    }

    private static Listing listing(String person, String unit) {
        return new Listing(person, "demo", unit, LocalDate.of(2019, 1, 1), null, false);
    }
}
