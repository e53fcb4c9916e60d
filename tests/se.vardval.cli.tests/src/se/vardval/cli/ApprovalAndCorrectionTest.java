package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attest and correction end to end: the calculator cannot approve, a run is approved once, a period is paid once,
 * a correction after a changed import pays exactly the difference an independent computation gives, and a file
 * imported after a run with other bytes than before is a warning of the run's explanations and approval.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ApprovalAndCorrectionTest {

    /** A month of its own: the other end-to-end tests of this runtime use March. */
    private static final YearMonth JUNE = YearMonth.of(2020, 6);
    private static final YearMonth AUGUST = YearMonth.of(2020, 8);
    private static final YearMonth OCTOBER = YearMonth.of(2020, 10);
    private static final String NEW_PERSON = "19121212-1212";

    @TempDir
    static Path work;

    private CliRunner cli;
    private EndToEndRegion region;

    @BeforeAll
    void importGeneratedRegion() throws Exception {
        cli = new CliRunner();
        region = EndToEndRegion.imported(cli);
    }

    @Test
    void approvalFollowsAttestAndACorrectionPaysExactlyTheDifference() throws IOException {
        long ordinary = runId(cli.ok("--user", "anna", "run", "halsoval", JUNE.toString()));

        CliRunner.Outcome self = cli.run("--user", "anna", "approve", Long.toString(ordinary));
        assertEquals(1, self.exitCode());
        assertTrue(self.err().contains("beräknades av anna, som därför inte kan attestera den"), self.err());
        String approved = cli.ok("--user", "bertil", "approve", Long.toString(ordinary));
        assertTrue(approved.startsWith("körning " + ordinary + "  halsoval 2020-06  attesterad av bertil  totalt "),
                approved);
        CliRunner.Outcome twice = cli.run("--user", "cecilia", "approve", Long.toString(ordinary));
        assertEquals(1, twice.exitCode());
        assertTrue(twice.err().contains("har tillståndet attesterad och kan inte övergå till attesterad"), twice.err());
        CliRunner.Outcome again = cli.run("--user", "anna", "run", "halsoval", JUNE.toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("är redan utbetald genom den attesterade körningen " + ordinary), again.err());

        Path changed = changedRegion();
        cli.ok("import", changed.resolve("persons.csv").toString());
        cli.ok("import", changed.resolve("listings.csv").toString());
        String corrected = cli.ok("--user", "anna", "run", "halsoval", JUNE.toString(), "--correction");
        assertTrue(corrected.lines().findFirst().orElseThrow().endsWith("  korrigering av körning " + ordinary),
                corrected);
        Path exported = work.resolve("correction.csv");
        cli.ok("export", Long.toString(runId(corrected)), "--format", "csv", "--out", exported.toString());

        Map<String, BigDecimal> expected = difference(
                new ExpectedHalsovalLines(changed, region.rulebook.get("parameters"), JUNE).rounded(),
                new ExpectedHalsovalLines(region.files, region.rulebook.get("parameters"), JUNE).rounded());
        assertTrue(!expected.isEmpty(), "the changed import changes the month");
        assertEquals(expected, amounts(exported));
        cli.ok("--user", "bertil", "approve", Long.toString(runId(corrected)));
        String nothingLeft = cli.ok("--user", "anna", "run", "halsoval", JUNE.toString(), "--correction");
        assertTrue(nothingLeft.contains("  beräknad  0 rader  korrigering av körning "), nothingLeft);
    }

    @Test
    void aFileImportedAfterARunIsAWarningOfItsExplanationsAndItsApproval() throws IOException {
        cli.ok("import", region.files.resolve("penalties.csv").toString());
        long run = runId(cli.ok("--user", "anna", "run", "halsoval", AUGUST.toString()));
        String unit = CsvTable.read(region.files.resolve("units.csv")).get(0).get("hsa_id");
        String unchanged = cli.ok("explain", Long.toString(run), "--unit", unit, "--limit", "1");
        assertFalse(unchanged.contains("INPUT_CHANGED"), unchanged);

        cli.ok("import", region.files.resolve("penalties.csv").toString());
        String same = cli.ok("explain", Long.toString(run), "--unit", unit, "--limit", "1");
        assertFalse(same.contains("INPUT_CHANGED"), "a file imported again with the same bytes changes nothing: "
                + same);
        cli.ok("import", penaltyAdded(unit).toString());

        String explained = cli.ok("explain", Long.toString(run), "--unit", unit, "--limit", "1");
        assertTrue(explained.startsWith("1 varning om underlag som ändrats sedan körningen beräknades: raderna nedan "
                + "kommer ur dagens underlag och kan skilja sig från körningens belopp:\n"), explained);
        assertTrue(explained.contains("  - INPUT_CHANGED: penalties.csv importerad "), explained);
        assertTrue(explained.contains(" av demo efter att körningen beräknades "), explained);
        assertTrue(explained.contains("; körningen räknar inte med det; beräkna månaden igen före attest"), explained);
        String approved = cli.ok("--user", "bertil", "approve", Long.toString(run));
        assertTrue(approved.contains("\n1 varning om underlag som ändrats sedan körningen beräknades:\n  - "
                + "INPUT_CHANGED: penalties.csv importerad "), approved);
        assertTrue(approved.strip().endsWith("; en korrigeringskörning betalar skillnaden"), approved);
        assertTrue(cli.ok("explain", Long.toString(run), "--unit", unit, "--limit", "1")
                .contains("; körningen räknar inte med det; en korrigeringskörning betalar skillnaden"));
        String audit = cli.ok("audit", "--entity", "import", "--limit", "1");
        assertTrue(audit.contains(" demo         import         penalties.csv            IMPORT"), audit);

        long later = runId(cli.ok("--user", "anna", "run", "halsoval", OCTOBER.toString()));
        String fresh = cli.ok("explain", Long.toString(later), "--unit", unit, "--limit", "1");
        assertFalse(fresh.contains("INPUT_CHANGED"), "a run calculated after the import includes it: " + fresh);
    }

    /** The region's penalties and one more, decided in 2021 so that it changes none of this class's months. */
    private Path penaltyAdded(String unit) throws IOException {
        Path penalties = Files.createDirectories(work.resolve("later")).resolve("penalties.csv");
        Files.copy(region.files.resolve("penalties.csv"), penalties);
        Files.writeString(penalties, unit + ";2021-06-01;2;Sen inrapportering\n", StandardOpenOption.APPEND);
        return penalties;
    }

    @Test
    void aMonthWithoutApprovedRunHasNothingToCorrect() {
        CliRunner.Outcome outcome = cli.run("run", "halsoval", "2020-07", "--correction");
        assertEquals(1, outcome.exitCode());
        assertEquals("vardval run: halsoval 2020-07 har ingen attesterad körning att korrigera; beräkna och attestera"
                + " en ordinarie körning först", outcome.err().strip());
    }

    /** The region's files plus one new person listed in June only at the first unit. */
    private Path changedRegion() throws IOException {
        Path changed = Files.createDirectories(work.resolve("changed"));
        try (var files = Files.list(region.files)) {
            for (Path file : files.toList()) {
                Files.copy(file, changed.resolve(file.getFileName()));
            }
        }
        String unit = CsvTable.read(region.files.resolve("units.csv")).get(0).get("hsa_id");
        append(changed.resolve("persons.csv"), Map.of("person_id", NEW_PERSON, "municipality", "2380"));
        append(changed.resolve("listings.csv"), Map.of("person_id", NEW_PERSON, "care_choice", "halsoval",
                "hsa_id", unit, "valid_from", "2020-06-01", "valid_to", "2020-06-30", "assigned", "false"));
        return changed;
    }

    private static void append(Path file, Map<String, String> values) throws IOException {
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        List<String> row = List.of(header.split(";")).stream().map(c -> values.getOrDefault(c, "")).toList();
        Files.writeString(file, String.join(";", row) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Map<String, BigDecimal> difference(Map<String, BigDecimal> now, Map<String, BigDecimal> before) {
        Map<String, BigDecimal> result = new TreeMap<>();
        now.forEach((key, amount) -> result.put(key, amount.subtract(before.getOrDefault(key, BigDecimal.ZERO))));
        before.forEach((key, amount) -> result.putIfAbsent(key, amount.negate()));
        result.values().removeIf(amount -> amount.signum() == 0);
        return result;
    }

    /** The non-zero amounts of a specification (a correction also lists a changed basis that pays nothing). */
    private static Map<String, BigDecimal> amounts(Path specification) throws IOException {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (Map<String, String> row : CsvTable.read(specification)) {
            BigDecimal amount = new BigDecimal(row.get("amount"));
            if (amount.signum() != 0) {
                amounts.put(row.get("hsa_id") + " " + row.get("component"), amount);
            }
        }
        return amounts;
    }

    private static long runId(String output) {
        return Long.parseLong(output.substring("körning ".length(), output.indexOf(' ', "körning ".length())));
    }
}
