package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;
import se.vardval.cli.testing.CodesImport;

/**
 * The import reads the activity codes foot care declares, found in the service registry of a runtime with foot care
 * and Hälsoval (which reads none): {@code referral}, {@code risk} and {@code home}, each by its form, and no others.
 */
class FootCareCodeKeysTest {

    @TempDir
    Path directory;

    @Test
    void anActivitysCodesAreReadByTheKeysFootCareDeclares() throws Exception {
        assertEquals(List.of("activities.csv:3: codes: risk måste vara 1..4: '5'",
                "activities.csv:4: codes: home måste vara true eller false: 'ja'",
                "activities.csv:5: codes: okänd kod 'visit' (kända: home, referral, risk; andra måste börja med x_)"),
                CodesImport.codeProblems(new CliRunner(), directory, "referral=R1|risk=2|home=TRUE|x_note=n",
                        "referral=R1|risk=5", "home=ja", "visit=NEW"));
    }
}
