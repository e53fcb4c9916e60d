package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.RunCancelledException;
import se.vardval.core.service.UserError;

class MonthlyRunEngineTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    private InMemoryWorld world;
    private MonthlyRunEngine engine;

    @BeforeEach
    void world() {
        world = new InMemoryWorld();
        world.rulebook(2020, RulebookStatus.DECIDED);
        world.listings.add(listing("198112189876", "A", LocalDate.of(2019, 1, 1), null));
        world.listings.add(listing("198204112380", "A", LocalDate.of(2020, 3, 1), null));
        world.listings.add(listing("197010632391", "B", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 2, 29)));
        engine = new MonthlyRunEngine(world, world.masterData, world.rulebookStore, world.runStore, world,
                TestUsers.ACCESS, world.naming, Clock.fixed(Instant.parse("2020-04-02T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void runsTheMonthWithTheDecidedRulebookAndStoresWhoAndWhen() {
        PaymentRun run = engine.run("demo", MARCH, "anna");
        assertEquals(RunState.CALCULATED, run.state());
        assertEquals("anna", run.createdBy());
        assertEquals(Instant.parse("2020-04-02T08:00:00Z"), run.createdAt());
        assertEquals(new BigDecimal("200"), run.total());
        assertEquals(2020, run.rulebookYear());
    }

    @Test
    void theModelExplainsWithTheNamesTheRegionsDataGivesItsCodes() {
        PaymentRun run = engine.run("demo", MARCH, "anna");

        assertEquals(List.of(List.of("Listade personer")),
                engine.explain(run.id(), new ExplainRequest("A", null, null)).rows(),
                "the indicator LISTED by the name an IndicatorNames service gives it");
    }

    @Test
    void aPersonSoughtMustBeAPersonnummerAndReachesTheModelInItsStoredForm() {
        PaymentRun run = engine.run("demo", MARCH, "anna");

        assertEquals("inte ett personnummer (ÅÅÅÅMMDD-NNNN): '19811218987'", assertThrows(UserError.class,
                () -> engine.explain(run.id(), new ExplainRequest(null, null, "19811218987"))).getMessage());
        assertEquals("felaktig kontrollsiffra i personnumret '19811218-9875'", assertThrows(UserError.class,
                () -> engine.explain(run.id(), new ExplainRequest(null, null, "19811218-9875"))).getMessage());
        assertDoesNotThrow(() -> engine.explain(run.id(), new ExplainRequest(null, null, "19811218-9876")));
        assertEquals("198112189876", world.explained().personId(), "the stored form, however it was typed");
    }

    @Test
    void aUnitSoughtMustBeInTheRegister() {
        PaymentRun run = engine.run("demo", MARCH, "anna");

        assertEquals("det finns ingen enhet med HSA-id SE999 i registret", assertThrows(UserError.class,
                () -> engine.explain(run.id(), new ExplainRequest("SE999", null, null))).getMessage());
        assertDoesNotThrow(() -> engine.explain(run.id(), new ExplainRequest("B", null, null)),
                "a registered unit is explained, also where the month paid it nothing");
    }

    @Test
    void theModelCalculatesWithTheNamesTheRegionsDataGivesItsCodes() {
        ((ObjectNode) world.rulebooks.get("demo2020").parameters()).put("warnOfIndicator", true);

        PaymentRun run = engine.run("demo", MARCH, "anna");

        assertEquals(List.of(new RunWarning(null, "INDICATOR", "Indikatorn Listade personer (LISTED)")),
                world.runStore.warnings(run.id()), "the indicator LISTED by its name and code, for its warning");
    }

    @Test
    void theSameInputsGiveTheSameFingerprintInAnyOrder() {
        String first = engine.run("demo", MARCH, "anna").inputsFingerprint();
        Collections.reverse(world.listings);
        assertEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint());
    }

    @Test
    void changedInputsChangeTheFingerprint() {
        String first = engine.run("demo", MARCH, "anna").inputsFingerprint();
        world.listings.add(listing("194606060440", "B", LocalDate.of(2020, 1, 1), null));
        assertNotEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint());
    }

    @Test
    void aSecondRunOfAnApprovedPeriodIsRefused() {
        PaymentRun run = engine.run("demo", MARCH, "anna");
        world.runStore.changeState(run.id(), RunState.APPROVED, "bertil");
        UserError refused = assertThrows(UserError.class, () -> engine.run("demo", MARCH, "anna"));
        assertEquals("demo 2020-03 är redan utbetald genom den attesterade körningen 1; en ändring efter attesten"
                + " kräver en korrigeringskörning", refused.getMessage());
    }

    @Test
    void aCancelledCalculationStoresNothing() {
        RunCancelledException cancelled = assertThrows(RunCancelledException.class,
                () -> engine.run("demo", MARCH, "anna", () -> true));
        assertEquals("beräkningen av demo 2020-03 avbröts; ingenting sparades", cancelled.getMessage());
        assertTrue(world.runStore.latest().isEmpty());
    }

    @Test
    void aDraftRulebookIsNotPaid() {
        world.rulebook(2020, RulebookStatus.DRAFT);
        UserError refused = assertThrows(UserError.class, () -> engine.run("demo", MARCH, "anna"));
        assertEquals("förfrågningsunderlaget för demo 2020 är ett utkast; fatta beslut om det"
                + " först", refused.getMessage());
    }

    @Test
    void aYearWithoutRulebookAndAnUnknownVardvalAreRefused() {
        assertEquals("det finns inget förfrågningsunderlag för demo 2021",
                assertThrows(UserError.class, () -> engine.run("demo", YearMonth.of(2021, 1), "anna")).getMessage());
        assertEquals("det finns inget vårdval 'fotvard'; vårdvalen är [demo]",
                assertThrows(UserError.class, () -> engine.run("fotvard", MARCH, "anna")).getMessage());
    }

    @Test
    void aVardvalWhoseModelIsNotInstalledIsRefused() {
        world.careChoices.put("hud", new CareChoice("hud", "Vårdval hud", "specialist"));
        assertEquals("modellen 'specialist' för hud är inte installerad",
                assertThrows(UserError.class, () -> engine.run("hud", MARCH, "anna")).getMessage());
    }

    private static Listing listing(String person, String unit, LocalDate from, LocalDate to) {
        return new Listing(person, "demo", unit, from, to, false);
    }
}
