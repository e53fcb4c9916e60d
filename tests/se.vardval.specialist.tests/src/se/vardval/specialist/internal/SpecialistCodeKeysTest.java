package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;
import se.vardval.cli.testing.CodesImport;

/**
 * The import reads the activity codes specialist care declares, found in the service registry of a runtime with
 * specialist care and Hälsoval (which reads none), each by its form, and no others.
 */
class SpecialistCodeKeysTest {

    @TempDir
    Path directory;

    @Test
    void anActivitysCodesAreReadByTheKeysSpecialistCareDeclares() throws Exception {
        assertEquals(List.of("activities.csv:4: codes: visit måste vara NEW eller RETURN: 'FIRST'",
                "activities.csv:5: codes: los måste vara ett helt antal dagar ≥ 0: '2.5'",
                "activities.csv:6: codes: event måste vara START, FOLLOWUP eller REOPERATION: 'END'",
                "activities.csv:7: codes: prom måste vara ett tal: 'much'",
                "activities.csv:8: codes: okänd kod 'risk' (kända: drg, episode, event, los, prom, referral, visit;"
                        + " andra måste börja med x_)"),
                CodesImport.codeProblems(new CliRunner(), directory, "visit=new|referral=R1", "drg=302O|los=3",
                        "visit=FIRST", "los=2.5", "episode=HIP|event=END", "episode=HIP|event=FOLLOWUP|prom=much",
                        "risk=2"));
    }
}
