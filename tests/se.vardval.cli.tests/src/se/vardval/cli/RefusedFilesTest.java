package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file a command reads or writes that the user named wrongly — a directory, text that is not UTF-8, a directory that
 * does not exist or where no file can be created — is refused with its one-line reason (exit 1) and nothing is written
 * or stored, instead of ending as an internal error; and what a command prints reaches its output whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedFilesTest {

    private static final String CARE_CHOICE = "filer";

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeAll
    void start() throws InterruptedException {
        cli = new CliRunner();
        cli.twoDraftYears(CARE_CHOICE, "Filer");
    }

    private void refused(String reason, String... command) {
        CliRunner.Outcome refused = cli.run(command);
        assertEquals(1, refused.exitCode(), () -> String.join(" ", command) + ": " + refused.err());
        String name = command[0].equals("rulebook") || command[0].equals("deficit") ? command[0] + " " + command[1]
                : command[0];
        assertEquals("vardval " + name + ": " + reason, refused.err().strip());
    }

    @Test
    void aRulebookExportedToBufferedStandardOutputIsPrintedWhole() {
        StringWriter text = new StringWriter();
        int code = new Commands(cli.services()).execute(List.of("rulebook", "export", CARE_CHOICE, "2026"),
                new PrintWriter(new BufferedWriter(text), true), new PrintWriter(new StringWriter(), true));

        assertEquals(0, code);
        assertTrue(text.toString().startsWith("{") && text.toString().strip().endsWith("}"), text.toString());
    }

    @Test
    void aFileToReadThatIsADirectoryOrNotUtf8IsRefused() throws IOException {
        Path latin1 = Files.write(dir.resolve("filer-2028.json"), "{\"careChoice\": \"filer\", \"name\": \"Åre\"}"
                .getBytes(StandardCharsets.ISO_8859_1));

        refused(dir + " är en katalog, inte en fil", "rulebook", "import", dir.toString());
        refused(latin1 + " är inte UTF-8-text; spara den som UTF-8", "rulebook", "import", latin1.toString());
        refused(dir + " är en katalog, inte en fil", "rulebook", "diff", CARE_CHOICE, "2026", dir.toString());
        refused(latin1 + " är inte UTF-8-text; spara den som UTF-8", "rulebook", "diff", CARE_CHOICE, "2026",
                latin1.toString());
        refused(dir + " är en katalog, inte en fil", "deficit", "propose", CARE_CHOICE, "2026", "--inputs",
                dir.toString());
    }

    @Test
    void deficitInputsThatAreNotUtf8AreRefusedAsSuchAndNothingIsSaved() throws IOException {
        Path latin1 = Files.write(dir.resolve("underskott-latin1.json"), ("{\"basis\": \"PER_LISTED\", "
                + "\"perMunicipality\": false, \"deviations\": [{\"result\": {\"amount\": -3000000, "
                + "\"source\": \"ÅR 2025 not 4, Östersund\"}}]}").getBytes(StandardCharsets.ISO_8859_1));

        refused(latin1 + " är inte UTF-8-text; spara den som UTF-8", "deficit", "propose", CARE_CHOICE, "2026",
                "--inputs", latin1.toString(), "--save");
        assertEquals("", cli.ok("deficit", "list", CARE_CHOICE));
    }

    @Test
    void aFileToWriteInAMissingDirectoryOrThatIsADirectoryIsRefused() {
        Path missing = dir.resolve("saknas").resolve("x.json");

        refused("kan inte skriva " + missing + ": katalogen finns inte", "rulebook", "export", CARE_CHOICE, "2026",
                "--out", missing.toString());
        refused("kan inte skriva " + dir + ": det är en katalog", "rulebook", "export", CARE_CHOICE, "2026", "--out",
                dir.toString());
        refused("kan inte skriva " + dir + ": det är en katalog", "audit", "--out", dir.toString());
        refused("kan inte skriva " + missing + ": katalogen finns inte", "publish", CARE_CHOICE, "2020-03", "--out",
                missing.toString());
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void aScenarioIsRefusedBeforeItIsCalculatedOrSavedWhenItsFileCannotBeWritten() {
        EndToEndRegion.imported(cli);
        Path missing = dir.resolve("saknas").resolve("x.csv");

        refused("kan inte skriva " + missing + ": katalogen finns inte", "scenario", "halsoval", "2020-03", "2020",
                "halsoval-2021-majority", "--save", "aldrig-sparad", "--out", missing.toString());
        assertFalse(cli.ok("scenario", "halsoval", "--list").contains("aldrig-sparad"));
    }

    @Test
    void aScenarioIsRefusedBeforeItIsCalculatedOrSavedWhenItsWorkbookCannotBeCreatedInAnExistingDirectory() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux's /proc, where no file can be created");
        EndToEndRegion.imported(cli);
        Path unwritable = Path.of("/proc/x.xlsx");

        CliRunner.Outcome refused = cli.run("scenario", "halsoval", "2020-03", "2020", "halsoval-2021-majority",
                "--save", "aldrig-sparad-xlsx", "--xlsx", unwritable.toString());

        assertEquals(1, refused.exitCode(), refused.err());
        String cannotWrite = "vardval scenario: kan inte skriva " + unwritable + ": ";
        assertTrue(List.of(cannotWrite + "katalogen finns inte eller går inte att skriva i",
                cannotWrite + "åtkomst nekad").contains(refused.err().strip()), refused.err());
        assertEquals("", refused.out());
        assertFalse(cli.ok("scenario", "halsoval", "--list").contains("aldrig-sparad-xlsx"));
    }

    @Test
    void checkingAFileToWriteLeavesNoFileBehindWhenTheCommandIsThenRefused() {
        Path csv = dir.resolve("aldrig-skriven.csv");

        refused("ange månaden och minst två förfrågningsunderlag, eller --saved <namn>", "scenario", CARE_CHOICE,
                "2020-03", "2026", "--out", csv.toString());
        assertFalse(Files.exists(csv));
    }

    @Test
    void aDemoFilesDirectoryThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("demo.csv"), "x");

        refused("kan inte skapa katalogen " + file + ": " + file + " finns och är ingen katalog", "init-demo",
                "--persons", "10", "--files", file.toString());
    }
}
