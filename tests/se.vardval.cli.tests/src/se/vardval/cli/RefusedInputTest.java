package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Input the command line refuses, each with its one-line reason in Swedish after the whole command's name. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedInputTest {

    private CliRunner cli;

    @BeforeAll
    void start() throws InterruptedException {
        cli = new CliRunner();
    }

    @Test
    void aDemoRegionWithoutPersonsIsRefused() {
        CliRunner.Outcome refused = cli.run("init-demo", "--persons", "0");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval init-demo: en region behöver minst en person, inte 0", refused.err().strip());
    }

    @Test
    void aBenchmarkWithoutMonthsIsRefused() {
        CliRunner.Outcome refused = cli.run("benchmark", "--months", "0");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval benchmark: benchmark behöver minst en genererad månad, inte 0", refused.err().strip());
    }

    @Test
    void aLimitThatWouldPrintNoRowIsRefused() {
        for (String[] command : new String[][] { { "rejections", "latest", "--limit", "0" },
                { "explain", "latest", "--unit", "SE2321000214-E0010", "--limit", "-5" },
                { "audit", "--limit", "0" } }) {
            CliRunner.Outcome refused = cli.run(command);
            assertEquals(1, refused.exitCode(), command[0]);
            assertEquals("vardval " + command[0] + ": --limit måste vara minst 1, inte " + command[command.length - 1],
                    refused.err().strip());
        }
    }

    @Test
    void aCareChoiceWithoutANameIsRefused() {
        CliRunner.Outcome refused = cli.run("care-choice", "namnlos", "--model", "halsoval", "--name", "  ");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval care-choice: ett vårdval behöver ett namn som administratörerna ser, t.ex. --name "
                + "Hälsoval", refused.err().strip());
        assertEquals(1, cli.run("scenario", "namnlos", "--list").exitCode(), "not registered");
    }

    @Test
    void aSubcommandsRefusalNamesTheWholeCommand() {
        CliRunner.Outcome refused = cli.run("rulebook", "import", "/nonexistent/halsoval-2020.json");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval rulebook import: filen finns inte: /nonexistent/halsoval-2020.json", refused.err().strip());
    }

    @Test
    void aUnitTheRegisterDoesNotHoldIsRefusedInsteadOfShownWithNothing() {
        EndToEndRegion.imported(cli);
        cli.ok("--user", "anna", "run", "halsoval", "2020-04");
        for (String[] command : new String[][] { { "rejections", "latest", "--unit", "SE999" },
                { "trend", "halsoval", "PHONE_ACCESS", "2020-01", "2020-03", "--unit", "SE999" } }) {
            CliRunner.Outcome refused = cli.run(command);
            assertEquals(1, refused.exitCode(), command[0]);
            assertEquals("vardval " + command[0] + ": det finns ingen enhet med HSA-id SE999 i registret",
                    refused.err().strip());
        }
        String registered = cli.services().masterData().units().get(0).hsaId();
        assertEquals(0, cli.run("rejections", "latest", "--unit", registered).exitCode());
    }

    @Test
    void theSavedRecordsOfAnUnknownVardvalAreRefusedInsteadOfListedAsNone() {
        for (String[] command : new String[][] { { "scenario", "halsovl", "--list" }, { "deficit", "list", "halsovl" },
                { "accounts", "halsovl" } }) {
            CliRunner.Outcome refused = cli.run(command);
            assertEquals(1, refused.exitCode(), command[0]);
            String name = command[0].equals("deficit") ? "deficit list" : command[0];
            assertEquals("vardval " + name + ": det finns inget vårdval 'halsovl'", refused.err().strip());
        }
    }

    @Test
    void anInputTheToolDoesNotAskForIsRefusedNamingTheInputsItDoes() {
        cli.twoDraftYears("verktyg", "Verktyg");
        String draft = cli.ok("rulebook", "export", "verktyg", "2026");

        CliRunner.Outcome refused = cli.run("tool", "run", "verktyg", "age-weights", "-i", "draft=2026", "-i",
                "nosuch=1", "--apply");

        assertEquals(1, refused.exitCode(), refused.err());
        assertEquals("vardval tool run: verktyget age-weights har ingen indata 'nosuch'; dess indata är draft, from,"
                + " to", refused.err().strip());
        assertEquals("", refused.out());
        assertEquals(draft, cli.ok("rulebook", "export", "verktyg", "2026"));
    }

    @Test
    void aDirectoryWithoutCsvFilesIsRefusedInsteadOfImportingNothing(@TempDir Path empty) {
        CliRunner.Outcome refused = cli.run("import", empty.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("vardval import: det finns inga CSV-filer att importera i " + empty, refused.err().strip());
    }
}
