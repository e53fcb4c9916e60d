package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code rulebook index} says so when the year whose rates it raises is itself still an undecided draft, as the
 * client's indexation view does, and says nothing of it once that year is decided.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexBaseRemarkTest {

    private static final String CARE_CHOICE = "indexvard";
    private static final String REMARK = "Obs: förfrågningsunderlaget för 2026, vars ersättningar räknas upp, är ännu"
            + " inte beslutat.";

    private CliRunner cli;

    @BeforeAll
    void draftTwoYears() throws InterruptedException {
        cli = new CliRunner();
        cli.twoDraftYears(CARE_CHOICE, "Vårdval som indexeras");
    }

    @Test
    void anUndecidedBaseYearIsRemarkedUntilItIsDecided() {
        String undecided = cli.ok("rulebook", "index", CARE_CHOICE, "2027", "--lpik", "2", "--preview");
        assertTrue(undecided.lines().anyMatch(REMARK::equals), undecided);
        assertTrue(undecided.contains("capitation.krPerPoint"), undecided);

        cli.ok("rulebook", "decide", CARE_CHOICE, "2026", "--decision", "RS 2025-11-25 § 4");
        String decided = cli.ok("rulebook", "index", CARE_CHOICE, "2027", "--lpik", "2", "--preview");
        assertFalse(decided.contains("Obs:"), decided);
    }
}
