package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;

/**
 * {@code rulebook draft} of a newly registered vårdval: its first rulebook from the model's defaults with
 * {@code --defaults}, a later year copied with {@code --from}, exactly one of them, and the service's refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulebookDraftTest {

    private static final String NEW = "nyvard";

    private CliRunner cli;
    private RulebookStore store;

    @BeforeAll
    void registerANewVardval() throws InterruptedException {
        cli = new CliRunner();
        ServiceTracker<RulebookStore, RulebookStore> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(RulebookDraftTest.class).getBundleContext(), RulebookStore.class, null);
        tracker.open();
        store = tracker.waitForService(30_000);
        tracker.close();
        cli.ok("care-choice", NEW, "--model", "halsoval", "--name", "Nytt vårdval");
    }

    @Test
    void theFirstRulebookStartsFromTheModelsDefaultsAndTheNextYearFromIt() {
        assertEquals("förfrågningsunderlag nyvard 2026: utkast från standardvärdena i modellen halsoval\n",
                cli.ok("rulebook", "draft", NEW, "2026", "--defaults"));
        Rulebook first = stored(2026);
        assertEquals(RulebookStatus.DRAFT, first.status());
        assertEquals("halsoval", first.modelType());
        assertSameValues(cli.services().models().model("halsoval").orElseThrow().defaultParameters(),
                first.parameters());

        cli.ok("rulebook", "set", NEW, "2026", "capitation.krPerPoint", "2600");
        CliRunner.Outcome again = cli.run("rulebook", "draft", NEW, "2026", "--defaults");
        assertEquals(1, again.exitCode());
        assertEquals("vardval rulebook draft: förfrågningsunderlaget för nyvard 2026 finns redan som utkast; ersätt"
                + " det uttryckligen för att börja om från modellens standardvärden\n", again.err());
        assertEquals(2600, stored(2026).parameters().path("capitation").path("krPerPoint").intValue(), "kept");

        assertEquals("förfrågningsunderlag nyvard 2027: utkast kopierat från 2026\n",
                cli.ok("rulebook", "draft", NEW, "2027", "--from", "2026"));
        assertEquals(stored(2026).parameters(), stored(2027).parameters());

        cli.ok("rulebook", "draft", NEW, "2026", "--defaults", "--replace");
        assertEquals(0, stored(2026).parameters().path("capitation").path("krPerPoint").intValue(), "the default");
        cli.ok("rulebook", "decide", NEW, "2026", "--decision", "RS 2025-11-25 § 3");
        CliRunner.Outcome decided = cli.run("rulebook", "draft", NEW, "2026", "--defaults", "--replace");
        assertEquals(1, decided.exitCode());
        assertEquals("vardval rulebook draft: förfrågningsunderlaget för nyvard 2026 är beslutat (RS 2025-11-25 § 3)"
                + " och kan inte ersättas\n", decided.err());
        assertEquals(RulebookStatus.DECIDED, stored(2026).status());
    }

    @Test
    void exactlyOneOfFromAndDefaultsIsRequired() {
        assertUsage("vardval rulebook draft: ange antingen --from <år> eller --defaults", "rulebook", "draft", NEW,
                "2030");
        assertUsage("vardval rulebook draft: ange antingen --from <år> eller --defaults, inte båda", "rulebook",
                "draft", NEW, "2030", "--from", "2026", "--defaults");
        assertTrue(store.find(NEW, 2030).isEmpty(), "nothing drafted");
        String help = cli.ok("rulebook", "draft", "--help");
        assertTrue(help.replaceAll("\\s+", " ").contains(" (--from=<år> | --defaults) <vårdval> <år>"), help);
    }

    @Test
    void aReadOnlyUserIsRefused() {
        CliRunner.Outcome refused = cli.run("--user", "olle", "rulebook", "draft", NEW, "2031", "--defaults");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval rulebook draft: olle får inte redigera förfrågningsunderlag i nyvard: det kräver rollen"
                + " administratör för nyvard; olle är"
                + " läsbehörig\n", refused.err());
        assertTrue(store.find(NEW, 2031).isEmpty(), "nothing drafted");
    }

    private void assertUsage(String reason, String... arguments) {
        CliRunner.Outcome outcome = cli.run(arguments);
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals(reason + "\nSe 'vardval rulebook draft --help'.\n", outcome.err());
        assertEquals("", outcome.out());
    }

    private Rulebook stored(int year) {
        return store.find(NEW, year).orElseThrow();
    }

    /** The same parameters and values, a number being equal to the same number of another JSON number type. */
    private static void assertSameValues(JsonNode expected, JsonNode actual) {
        assertTrue(expected.equals((a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(
                b.decimalValue()) : a.equals(b) ? 0 : 1, actual), () -> "expected " + expected + "\n but was "
                        + actual);
    }
}
