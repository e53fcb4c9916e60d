package se.vardval.cli.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports activities through the command line to see how the import reads their codes by the keys the runtime's
 * plugins declare.
 */
public final class CodesImport {

    private static final String HEADER = "activity_id;care_choice;person_id;hsa_id;date;contact_type;profession;"
            + "clinician;patient_fee;out_of_county;codes";

    private CodesImport() {
    }

    /**
     * Imports an {@code activities.csv} written in the directory with a row for each of the codes (the first on line
     * 2) and returns the problems the import reports in their {@code codes} column. The rows are of a vårdval that
     * does not exist, so that the file is refused and nothing stored; those problems are left out.
     */
    public static List<String> codeProblems(CliRunner cli, Path directory, String... codes) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < codes.length; i++) {
            text.append("KOD").append(i + 1).append(";finns-inte;19121212-1212;SE-FINNS-INTE;2020-03-02;PHYSICAL;"
                    + "DOCTOR;;0;false;").append(codes[i]).append('\n');
        }
        Path file = Files.writeString(directory.resolve("activities.csv"), text, StandardCharsets.UTF_8);
        CliRunner.Outcome outcome = cli.run("import", file.toString());
        assertEquals(1, outcome.exitCode(), outcome.out() + outcome.err());
        return outcome.out().lines().map(String::strip).filter(line -> line.contains(": codes: ")).toList();
    }
}
