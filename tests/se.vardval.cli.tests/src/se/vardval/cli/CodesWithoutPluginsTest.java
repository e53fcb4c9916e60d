package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core knows no activity code of its own: in a runtime with only Hälsoval, whose plugin declares none, an
 * activity's code is refused unless it starts with {@code x_}, and the refusal says that none are known.
 */
class CodesWithoutPluginsTest {

    @TempDir
    Path directory;

    @Test
    void anActivitysCodeIsRefusedUnlessItStartsWithX() throws Exception {
        Path file = Files.writeString(directory.resolve("activities.csv"), String.join("\n",
                "activity_id;care_choice;person_id;hsa_id;date;contact_type;profession;clinician;patient_fee;"
                        + "out_of_county;codes",
                "KOD1;finns-inte;19121212-1212;SE-FINNS-INTE;2020-03-02;PHYSICAL;DOCTOR;;0;false;x_note=n",
                "KOD2;finns-inte;19121212-1212;SE-FINNS-INTE;2020-03-02;PHYSICAL;DOCTOR;;0;false;referral=R1|risk=2",
                ""), StandardCharsets.UTF_8);

        CliRunner.Outcome outcome = new CliRunner().run("import", file.toString());

        assertEquals(1, outcome.exitCode(), outcome.out() + outcome.err());
        assertEquals(List.of("activities.csv:3: codes: okänd kod 'referral' (kända: inga; andra måste börja med x_)"),
                outcome.out().lines().map(String::strip).filter(line -> line.contains(": codes: ")).toList());
    }
}
