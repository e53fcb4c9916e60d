package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of a run end to end: provider documents and the finance file only for an approved run, one
 * ersättningsbesked per provider, the SIE file marking the run exported, and the audit log showing it all.
 */
@TestInstance(Lifecycle.PER_CLASS)
class FinanceExportsTest {

    /** A month of its own: the other end-to-end tests of this runtime use March and June. */
    private static final String SEPTEMBER = "2020-09";

    @TempDir
    static Path work;

    private CliRunner cli;

    @BeforeAll
    void importGeneratedRegion() throws Exception {
        cli = new CliRunner();
        EndToEndRegion.imported(cli);
    }

    @Test
    void providerDocumentsAndTheFinanceFileAreForApprovedRunsOnly() throws IOException {
        String run = runId(cli.ok("--user", "anna", "run", "halsoval", SEPTEMBER));
        Path csv = work.resolve("spec.csv");
        cli.ok("export", run, "--format", "csv", "--out", csv.toString());
        for (String format : List.of("pdf", "sie4")) {
            CliRunner.Outcome refused = cli.run("export", run, "--format", format, "--out", work.toString());
            assertEquals(1, refused.exitCode(), format);
            assertTrue(refused.err().contains("körning " + run + " är inte attesterad"), refused.err());
        }
        cli.ok("--user", "bertil", "approve", run);

        Path besked = Files.createDirectories(work.resolve("besked"));
        String written = cli.ok("export", run, "--format", "pdf", "--out", besked.toString());
        long providers = CsvTable.read(csv).stream().map(row -> row.get("org_nr")).distinct().count();
        try (var files = Files.list(besked)) {
            assertEquals(providers, files.count(), written);
        }
        assertTrue(written.contains("ersattningsbesked-halsoval-2020-09-"), written);

        cli.ok("export", run, "--format", "xlsx", "--out", work.toString());
        assertTrue(Files.size(work.resolve("payments-halsoval-2020-09.xlsx")) > 0);
        cli.ok("--user", "cecilia", "export", run, "--format", "sie4", "--out", work.toString());
        List<String> sie = Files.readAllLines(work.resolve("payments-halsoval-2020-09.se"), Charset.forName("IBM437"));
        assertEquals("#FLAGGA 0", sie.get(0));
        assertTrue(sie.contains("#SIETYP 4"), sie.toString());

        String audit = cli.ok("audit", "--entity", "payment_run", "--limit", "3");
        List<String> newest = List.of(audit.lines().findFirst().orElseThrow().split(" +"));
        assertEquals(List.of("cecilia", "payment_run", run, "EXPORTED"), newest.subList(2, 6), audit);
        Path log = work.resolve("audit.csv");
        cli.ok("audit", "--out", log.toString());
        List<Map<String, String>> rows = CsvTable.read(log);
        assertTrue(rows.stream().anyMatch(r -> r.get("action").equals("APPROVED") && r.get("user").equals("bertil")
                && r.get("entity_key").equals(run) && r.get("after").contains("\"state\":\"APPROVED\"")),
                rows.toString());
        assertTrue(Files.readString(log, StandardCharsets.UTF_8)
                .startsWith("at;user;entity;entity_key;action;before;after"));
    }

    private static String runId(String output) {
        return output.substring("körning ".length(), output.indexOf(' ', "körning ".length()));
    }
}
