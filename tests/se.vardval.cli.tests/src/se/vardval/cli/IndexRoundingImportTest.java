package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;

/**
 * A rulebook whose {@code indexRounding} names a path that is no annual rate of its model is refused when it is
 * imported, through the service and on the command line, naming the path; one whose paths all name indexed rates, or
 * prefixes of them, is stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexRoundingImportTest {

    private static final String CARE_CHOICE = "rundvard";
    private static final String UNKNOWN = "indexRounding.capitation.krPerPiont: ingen årlig ersättning i"
            + " förfrågningsunderlaget heter så; de indexerade är capitation.krPerPoint, cni.krPerIndexPoint,"
            + " drugs.krPerPoint";

    @TempDir
    Path dir;

    private CliRunner cli;
    private RulebookService rulebooks;

    @BeforeAll
    void registerAVardvalWithADraft() throws InterruptedException {
        cli = new CliRunner();
        rulebooks = cli.services().rulebooks();
        cli.ok("care-choice", CARE_CHOICE, "--model", "halsoval", "--name", "Vårdval med avrundning");
        cli.ok("rulebook", "draft", CARE_CHOICE, "2026", "--defaults");
    }

    @Test
    void theServiceRefusesAPathThatNamesNoIndexedRateAndStoresNothing() throws IOException {
        String document = document(2027, "{\"cni.krPerIndexPoint\": 2, \"capitation.krPerPiont\": 0}");

        UserError refused = assertThrows(UserError.class, () -> rulebooks.importJson(document, false, "demo"));

        assertEquals("förfrågningsunderlaget för rundvard 2027 avvisades:\n  " + UNKNOWN, refused.getMessage());
        assertThrows(UserError.class, () -> rulebooks.exportJson(CARE_CHOICE, 2027), "nothing stored");
    }

    @Test
    void theCommandLineRefusesItNamingThePath() throws IOException {
        Path file = Files.writeString(dir.resolve("rundvard-2028.json"),
                document(2028, "{\"capitation.krPerPiont\": 0}"), StandardCharsets.UTF_8);

        CliRunner.Outcome refused = cli.run("rulebook", "import", file.toString());

        assertEquals(1, refused.exitCode());
        assertEquals("vardval rulebook import: förfrågningsunderlaget för rundvard 2028 avvisades:\n  " + UNKNOWN
                + "\n", refused.err());
        assertThrows(UserError.class, () -> rulebooks.exportJson(CARE_CHOICE, 2028), "nothing stored");
    }

    @Test
    void pathsAndPrefixesOfIndexedRatesAreStored() throws IOException {
        Path file = Files.writeString(dir.resolve("rundvard-2029.json"),
                document(2029, "{\"cni.krPerIndexPoint\": 2, \"drugs\": 1}"), StandardCharsets.UTF_8);

        cli.ok("rulebook", "import", file.toString());

        JsonNode rounding = rulebooks.readJson(rulebooks.exportJson(CARE_CHOICE, 2029)).parameters()
                .path("indexRounding");
        assertEquals(2, rounding.path("cni.krPerIndexPoint").intValue());
        assertEquals(1, rounding.path("drugs").intValue());
    }

    /** The vårdval's 2026 draft as a draft of another year with the given indexRounding. */
    private String document(int year, String indexRounding) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(rulebooks.exportJson(CARE_CHOICE, 2026));
        document.put("year", year);
        ((ObjectNode) document.path("parameters")).set("indexRounding", json.readTree(indexRounding));
        return json.writeValueAsString(document);
    }
}
