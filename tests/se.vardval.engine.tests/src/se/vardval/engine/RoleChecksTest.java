package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** Every write of the run engine and the rulebook manager checks the acting user's role itself, without a client. */
class RoleChecksTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    private InMemoryWorld world;
    private MonthlyRunEngine engine;
    private RulebookManager rulebooks;

    @BeforeEach
    void world() {
        world = new InMemoryWorld();
        world.rulebook(2020, RulebookStatus.DECIDED);
        world.rulebook(2021, RulebookStatus.DRAFT);
        engine = new MonthlyRunEngine(world, world.masterData, world.rulebookStore, world.runStore, world,
                TestUsers.ACCESS, world.naming, Clock.systemUTC());
        rulebooks = new RulebookManager(world, world.masterData, world.rulebookStore, TestUsers.ACCESS);
    }

    @Test
    void onlyAnAdministratorOfTheVardvalCalculates() {
        assertEquals(RunState.CALCULATED, engine.run("demo", MARCH, "anna").state());
        assertEquals("bertil får inte beräkna ersättningar i demo: det kräver rollen administratör för demo; bertil"
                + " är attestant för demo",
                assertThrows(UserError.class, () -> engine.run("demo", MARCH, "bertil")).getMessage());
        assertEquals("olle får inte beräkna ersättningar i demo: det kräver rollen administratör för demo; olle är"
                + " läsbehörig",
                assertThrows(UserError.class, () -> engine.correct("demo", MARCH, "olle")).getMessage());
        assertEquals("fotis får inte beräkna ersättningar i demo: det kräver rollen administratör för demo; fotis är"
                + " administratör för fotvard",
                assertThrows(UserError.class, () -> engine.run("demo", MARCH, "fotis")).getMessage());
        assertEquals("det finns ingen användare 'mallory' i den här databasen; en administratör lägger till användare"
                + " med 'vardval user add'",
                assertThrows(UserError.class, () -> engine.run("demo", MARCH, "mallory")).getMessage());
    }

    @Test
    void onlyAnApproverApproves() {
        PaymentRun run = engine.run("demo", MARCH, "anna");
        assertEquals("olle får inte attestera utbetalningar i demo: det kräver rollen attestant för demo, och att"
                + " någon annan än den som beräknade körningen attesterar den; olle är läsbehörig",
                assertThrows(UserError.class, () -> engine.approve(run.id(), "olle")).getMessage());
        assertEquals("anna får inte attestera utbetalningar i demo: det kräver rollen attestant för demo, och att"
                + " någon annan än den som beräknade körningen attesterar den; anna är administratör för alla"
                + " vårdval",
                assertThrows(UserError.class, () -> engine.approve(run.id(), "anna")).getMessage());
        assertEquals(RunState.CALCULATED, world.runStore.find(run.id()).orElseThrow().state());
        assertEquals(RunState.APPROVED, engine.approve(run.id(), "bertil").state());
        assertThrows(UserError.class, () -> engine.recordExport(run.id(), "olle"));
        assertEquals(RunState.EXPORTED, engine.recordExport(run.id(), "bertil").state());
    }

    @Test
    void onlyAnAdministratorOfTheVardvalDecidesOrImportsRulebooks() {
        assertEquals("bertil får inte besluta förfrågningsunderlag i demo: det kräver rollen administratör för demo;"
                + " bertil är attestant för demo",
                assertThrows(UserError.class, () -> rulebooks.decide("demo", 2021, "RS 1", "bertil")).getMessage());
        assertEquals(RulebookStatus.DRAFT, world.rulebookStore.find("demo", 2021).orElseThrow().status());
        assertEquals(RulebookStatus.DECIDED, rulebooks.decide("demo", 2021, "RS 1", "anna").status());
        String draft = rulebooks.toJson(new Rulebook("demo", "counting", 2022, RulebookStatus.DRAFT, null,
                JsonNodeFactory.instance.objectNode().put("krPerListed", 5)));
        assertEquals("olle får inte redigera förfrågningsunderlag i demo: det kräver rollen administratör för demo;"
                + " olle är läsbehörig",
                assertThrows(UserError.class, () -> rulebooks.importJson(draft, false, "olle")).getMessage());
        assertEquals(2022, rulebooks.importJson(draft, false, "anna").year());
    }
}
