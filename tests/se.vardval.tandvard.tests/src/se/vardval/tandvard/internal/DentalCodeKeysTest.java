package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;
import se.vardval.cli.testing.CodesImport;

/**
 * The import reads the activity codes dental care declares, found in the service registry of a runtime with dental
 * care and Hälsoval (which reads none): {@code emergency} and {@code high_need}, each by its form, and no others.
 */
class DentalCodeKeysTest {

    @TempDir
    Path directory;

    @Test
    void anActivitysCodesAreReadByTheKeysDentalCareDeclares() throws Exception {
        assertEquals(List.of("activities.csv:3: codes: high_need måste vara true eller false: '1'",
                "activities.csv:4: codes: okänd kod 'referral' (kända: emergency, high_need; andra måste börja med"
                        + " x_)"),
                CodesImport.codeProblems(new CliRunner(), directory, "emergency=AKUT3|high_need=TRUE", "high_need=1",
                        "referral=R1"));
    }
}
