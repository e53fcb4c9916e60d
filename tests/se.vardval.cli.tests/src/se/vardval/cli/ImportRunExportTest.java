package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The command line end to end on a generated region: care-choice → import → rulebook import and decide → run →
 * export; the exported specification must match an independent computation from the same files.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ImportRunExportTest {

    private static final YearMonth MONTH = YearMonth.of(2020, 3);

    @TempDir
    static Path work;

    private CliRunner cli;
    private Path files;
    private ObjectNode rulebook;

    @BeforeAll
    void importGeneratedRegion() throws Exception {
        cli = new CliRunner();
        EndToEndRegion region = EndToEndRegion.imported(cli);
        files = region.files;
        rulebook = region.rulebook;
    }

    @Test
    void exportedSpecificationMatchesAnIndependentComputation() throws IOException {
        String ran = cli.ok("run", "halsoval", MONTH.toString());
        Path exported = work.resolve("payments.csv");
        cli.ok("export", "latest", "--format", "csv", "--out", exported.toString());

        Map<String, BigDecimal> actual = new TreeMap<>();
        for (Map<String, String> row : CsvTable.read(exported)) {
            assertEquals(MONTH.toString(), row.get("period"));
            assertEquals("halsoval", row.get("care_choice"));
            actual.put(row.get("hsa_id") + " " + row.get("component"), new BigDecimal(row.get("amount")));
        }
        Map<String, BigDecimal> expected = new ExpectedHalsovalLines(files, rulebook.get("parameters"), MONTH)
                .rounded();
        assertEquals(expected, actual);
        List<String> printed = ran.lines().toList();
        assertTrue(printed.get(0).matches("körning \\d+  halsoval 2020-03  beräknad  "
                + SwedishNumbers.count(actual.size()) + " rader"), ran);
        BigDecimal total = actual.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(printed.contains(String.format("  %-12s %22s", "totalt", SwedishNumbers.kronor(total))), ran);
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(" CNI")));
        assertTrue(expected.keySet().stream().anyMatch(k -> k.contains(" SUPPLEMENTARY_")));
    }

    @Test
    void specificationIsSortedByProviderUnitAndComponent() throws IOException {
        cli.ok("run", "halsoval", MONTH.toString());
        Path exported = work.resolve("sorted.csv");
        cli.ok("export", "latest", "--out", exported.toString());
        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        assertEquals("run_id;period;care_choice;org_nr;hsa_id;component;basis;rate;amount", lines.get(0));
        List<String> keys = lines.stream().skip(1).map(l -> String.join(";", List.of(l.split(";")).subList(3, 6)))
                .toList();
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    @Test
    void theSameInputsGiveTheSameFingerprintAndLines() throws IOException {
        String first = cli.ok("run", "halsoval", MONTH.toString());
        String second = cli.ok("run", "halsoval", MONTH.toString());
        assertEquals(first.substring(first.indexOf('\n')), second.substring(second.indexOf('\n')));
    }

    @Test
    void userErrorsGiveOneLineAndExitCodeOne() {
        CliRunner.Outcome unknown = cli.run("run", "fotvard", "2020-03");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("vardval run: det finns inget vårdval 'fotvard'"), unknown.err());
        assertEquals(1, unknown.err().strip().lines().count());

        CliRunner.Outcome draftYear = cli.run("run", "halsoval", "2021-01");
        assertEquals(1, draftYear.exitCode());
        assertTrue(draftYear.err().contains("det finns inget förfrågningsunderlag för halsoval 2021"), draftYear.err());

        assertEquals(2, cli.run("run", "halsoval", "March").exitCode());
    }

    @Test
    void aBadFileIsRejectedWholeWithEveryBadRow() throws IOException {
        Path bad = Files.createDirectories(work.resolve("bad")).resolve("persons.csv");
        Files.writeString(bad, "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags\n"
                + "19811218-9876;;;2380;;12;\n"
                + "19811218-9875;;;2380;;12;\n"
                + "19820411-2380;;M;2380;;-;\n", StandardCharsets.UTF_8);
        CliRunner.Outcome outcome = cli.run("import", bad.toString());
        assertEquals(1, outcome.exitCode());
        assertEquals("persons.csv          avvisad, inget importerat (2 felaktiga rader, 3 fel):",
                outcome.out().lines().findFirst().orElseThrow());
        assertTrue(outcome.out().contains("persons.csv:3: person_id: felaktig kontrollsiffra"), outcome.out());
        assertTrue(outcome.out().contains("persons.csv:4: sex:"), outcome.out());
        assertTrue(outcome.out().contains("persons.csv:4: distance_km:"), outcome.out());
    }

    @Test
    void aFileTheImportDoesNotKnowIsRefusedWithoutCountingRows() throws IOException {
        Path unknown = Files.createDirectories(work.resolve("unknown")).resolve("listning.csv");
        Files.writeString(unknown, "person_id;care_choice;hsa_id;valid_from\n", StandardCharsets.UTF_8);

        CliRunner.Outcome outcome = cli.run("import", unknown.getParent().toString());

        assertEquals(1, outcome.exitCode());
        List<String> lines = outcome.out().lines().toList();
        assertEquals("listning.csv         avvisad, inget importerat:", lines.get(0));
        assertTrue(lines.get(1).startsWith("  listning.csv: inte en av importens filer (förväntade en av providers.csv,"),
                lines.get(1));
    }

    @Test
    void countsAOneRowFileInTheSingularAndKeepsTheCountsInOneColumnBesideLongNames() throws IOException {
        Path directory = Files.createDirectories(work.resolve("dated"));
        Files.writeString(directory.resolve("providers-2020-03-tillagg.csv"),
                "org_nr;name;ownership\n556677-8899;Hälsa AB;PRIVATE\n", StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("penalties.csv"), "hsa_id;decided;weeks;reason\n",
                StandardCharsets.UTF_8);

        List<String> lines = cli.ok("import", directory.toString()).lines().toList();

        assertEquals(List.of("providers-2020-03-tillagg.csv            1 rad importerad",
                "penalties.csv                            0 rader importerade"), lines);
    }
}
