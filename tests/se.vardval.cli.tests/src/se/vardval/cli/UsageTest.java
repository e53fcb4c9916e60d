package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** picocli's own texts in Swedish: the usage help's headings and options, and wrong usage as one line and exit 2. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageTest {

    private CliRunner cli;

    @BeforeAll
    void start() throws InterruptedException {
        cli = new CliRunner();
    }

    @Test
    void theUsageHelpIsInSwedish() {
        List<String> help = cli.ok("run", "--help").lines().toList();
        assertEquals("Användning: vardval run [-hV] [--correction] [--db=<katalog eller jdbc-url>]", help.get(0));
        assertTrue(help.contains("Parametrar:"), help.toString());
        assertTrue(help.contains("Alternativ:"), help.toString());
        assertTrue(help.contains("  -h, --help          Visar den här hjälpen och avslutar."), help.toString());
        assertTrue(help.contains("  -V, --version       Visar versionen och avslutar."), help.toString());
        List<String> root = cli.ok("--help").lines().toList();
        assertTrue(root.get(1).endsWith(" [KOMMANDO]"), root.toString());
        assertTrue(root.contains("Kommandon:"), root.toString());
    }

    @Test
    void aBadValueIsOneLineAndAPointerToTheHelp() {
        assertUsage("vardval run: ogiltigt värde 'March' för <ÅÅÅÅ-MM>", "vardval run", "run", "halsoval", "March");
        assertUsage("vardval export: ogiltigt värde 'doc' för --format <format>; tillåtna värden: csv, xlsx, "
                + "rejections, pdf, sie4", "vardval export", "export", "latest", "--format", "doc");
    }

    @Test
    void aMissingParameterOrOptionIsNamed() {
        assertUsage("vardval run: saknar <ÅÅÅÅ-MM>", "vardval run", "run", "halsoval");
        assertUsage("vardval care-choice: saknar --model <modell>, --name <namn>", "vardval care-choice",
                "care-choice", "halsoval");
    }

    @Test
    void anUnknownOptionOrCommandIsNamed() {
        assertUsage("vardval run: okänt alternativ '--bogus'", "vardval run", "run", "halsoval", "2020-03",
                "--bogus");
        assertUsage("vardval: okänt kommando 'rn'", "vardval", "rn");
        assertUsage("vardval: okänt kommando 'rejection'; menade du rejections?", "vardval", "rejection");
        assertUsage("vardval deficit: ange ett av kommandona propose, decide, list", "vardval deficit", "deficit");
    }

    private void assertUsage(String reason, String command, String... arguments) {
        CliRunner.Outcome outcome = cli.run(arguments);
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals(reason + "\nSe '" + command + " --help'.\n", outcome.err());
        assertEquals("", outcome.out());
    }
}
