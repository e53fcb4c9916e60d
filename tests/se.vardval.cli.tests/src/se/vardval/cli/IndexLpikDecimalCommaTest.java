package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code rulebook index --lpik} takes the per cent as a Swedish administrator types it, with a decimal comma, as well
 * as with a decimal point, and refuses anything else with a one-line reason and the pointer to the help.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexLpikDecimalCommaTest {

    private static final String CARE_CHOICE = "lpikvard";
    private static final String NOT_A_NUMBER = "; ange ett tal med decimalkomma eller decimalpunkt, t.ex. 2,3 eller"
            + " -0,4";

    private CliRunner cli;

    @BeforeAll
    void draftTwoYears() throws InterruptedException {
        cli = new CliRunner();
        cli.twoDraftYears(CARE_CHOICE, "Vårdval med LPIK i decimaler");
    }

    @Test
    void aDecimalCommaRaisesTheRatesAsADecimalPointDoes() {
        String comma = preview("2,3");

        assertTrue(comma.startsWith("LPIK 2,3 %: "), comma);
        assertTrue(raisesKrPerPointTo("2\u00a0660", comma), "2 600 kr raised by 2,3 % is 2 659,80: " + comma);
        assertEquals(comma, preview("2.3"));
    }

    @Test
    void aNegativeIndexTakesADecimalCommaToo() {
        String negative = preview("-0,4");

        assertTrue(negative.startsWith("LPIK -0,4 %: "), negative);
        assertTrue(raisesKrPerPointTo("2\u00a0590", negative), "2 600 kr lowered by 0,4 % is 2 589,60: " + negative);
    }

    @Test
    void anythingElseIsRefusedOnOneLineWithoutAStackTrace() {
        for (String bad : new String[] {"2,3,4", "2,", "två", "2,3%"}) {
            CliRunner.Outcome outcome = cli.run("rulebook", "index", CARE_CHOICE, "2027", "--lpik", bad, "--preview");

            assertEquals(2, outcome.exitCode(), outcome.err());
            assertEquals("vardval rulebook index: ogiltigt värde '" + bad + "' för --lpik <procent>" + NOT_A_NUMBER
                    + "\nSe 'vardval rulebook index --help'.\n", outcome.err());
            assertEquals("", outcome.out());
        }
    }

    @Test
    void theHelpSaysBothAreTaken() {
        String help = cli.ok("rulebook", "index", "--help").replaceAll("\\s+", " ");

        assertTrue(help.contains("LPIK i procent med decimalkomma eller decimalpunkt: 2,3, 2.3 eller -0,4."),
                help);
    }

    private String preview(String lpik) {
        return cli.ok("rulebook", "index", CARE_CHOICE, "2027", "--lpik", lpik, "--preview");
    }

    /** Whether the output raises 2026's 2 600 kr per point to {@code after} in whole kronor. */
    private static boolean raisesKrPerPointTo(String after, String output) {
        return output.lines().anyMatch(line -> line.matches(" *capitation\\.krPerPoint +2\u00a0600 -> +" + after));
    }
}
