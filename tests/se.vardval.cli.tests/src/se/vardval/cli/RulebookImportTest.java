package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;

/**
 * {@code rulebook import <fil>} stores a new year's rulebook, refuses a year that has a draft unless {@code --replace}
 * is given, and a decided year always; a refused file changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulebookImportTest {

    private static final String CARE_CHOICE = "importvard";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeAll
    void registerAVardvalWithADraft() throws InterruptedException {
        cli = new CliRunner();
        cli.ok("care-choice", CARE_CHOICE, "--model", "halsoval", "--name", "Vårdval för import");
        cli.ok("rulebook", "draft", CARE_CHOICE, "2026", "--defaults");
    }

    @Test
    void aNewYearIsStored() throws IOException {
        assertEquals("förfrågningsunderlag importvard 2027 sparat (utkast)\n",
                cli.ok("rulebook", "import", file(2027, 2700).toString()));
        assertEquals(2700, krPerPoint(stored(2027)));
    }

    @Test
    void aYearWithADraftIsRefusedUnlessReplaceIsGiven() throws IOException {
        cli.ok("rulebook", "import", file(2028, 2800).toString());

        CliRunner.Outcome refused = cli.run("rulebook", "import", file(2028, 2900).toString());
        assertEquals(1, refused.exitCode());
        assertEquals("vardval rulebook import: förfrågningsunderlaget för importvard 2028 finns redan som utkast;"
                + " ersätt det uttryckligen för att importera ett nytt\n", refused.err());
        assertEquals("", refused.out());
        assertEquals(2800, krPerPoint(stored(2028)), "the draft is kept");

        assertEquals("förfrågningsunderlag importvard 2028 sparat (utkast)\n",
                cli.ok("rulebook", "import", file(2028, 2900).toString(), "--replace"));
        assertEquals(2900, krPerPoint(stored(2028)), "replaced when asked");
    }

    @Test
    void aDecidedYearIsRefusedEvenWithReplace() throws IOException {
        cli.ok("rulebook", "import", file(2029, 2950).toString());
        cli.ok("rulebook", "decide", CARE_CHOICE, "2029", "--decision", "RS 2028-11-21 § 4");

        CliRunner.Outcome refused = cli.run("rulebook", "import", file(2029, 3000).toString(), "--replace");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval rulebook import: förfrågningsunderlaget för importvard 2029 är beslutat (RS 2028-11-21"
                + " § 4) och kan inte ändras; gör i stället ett utkast för ett annat år\n", refused.err());
        Rulebook decided = stored(2029);
        assertEquals(RulebookStatus.DECIDED, decided.status());
        assertEquals(2950, krPerPoint(decided));
    }

    @Test
    void theHelpNamesReplace() {
        String help = cli.ok("rulebook", "import", "--help").replaceAll("\\s+", " ");
        assertTrue(help.contains("[--replace]"), help);
        assertTrue(help.contains("--replace Ersätt ett befintligt utkast för året."), help);
        assertTrue(help.contains("Ett befintligt utkast för året ersätts bara med --replace, ett beslutat underlag"
                + " aldrig."), help);
    }

    /** The vårdval's 2026 draft as a draft of another year with its capitation rate set, written to a file. */
    private Path file(int year, int krPerPoint) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(cli.services().rulebooks().exportJson(CARE_CHOICE, 2026));
        document.put("year", year);
        ((ObjectNode) document.path("parameters").path("capitation")).put("krPerPoint", krPerPoint);
        return Files.writeString(dir.resolve(CARE_CHOICE + "-" + year + "-" + krPerPoint + ".json"),
                json.writeValueAsString(document), StandardCharsets.UTF_8);
    }

    private Rulebook stored(int year) {
        return cli.services().rulebooks().readJson(cli.services().rulebooks().exportJson(CARE_CHOICE, year));
    }

    private static int krPerPoint(Rulebook rulebook) {
        return rulebook.parameters().path("capitation").path("krPerPoint").intValue();
    }
}
