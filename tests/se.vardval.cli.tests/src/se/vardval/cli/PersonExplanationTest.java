package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.PersonId;

/**
 * A person's explanation end to end: its CNI share is the person's flags over the region's reference of the listing
 * day, the same when explained again, and after an import of a new listing it is that of the new listings (the model
 * keeps the listing day's tallies between explanations, and an import must not leave them stale).
 */
@TestInstance(Lifecycle.PER_CLASS)
class PersonExplanationTest {

    /** A month of its own: no other end-to-end test of this runtime reads December. */
    private static final YearMonth DECEMBER = YearMonth.of(2020, 12);
    private static final String CNI = "Vårdtyngd enligt CNI";
    private static final String NEWCOMER = "20181224-123" + PersonId.checkDigit("181224123");

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
    void aPersonsCniShareFollowsAnImportOfNewListings() throws IOException {
        long run = runId(cli.ok("--user", "anna", "run", "halsoval", DECEMBER.toString()));
        String person = flaggedPerson();

        String first = cniKr(cli.ok("explain", Long.toString(run), "--person", person));
        String again = cniKr(cli.ok("explain", Long.toString(run), "--person", person));
        Path changed = withNewcomer();
        cli.ok("import", changed.resolve("persons.csv").toString());
        cli.ok("import", changed.resolve("listings.csv").toString());
        String after = cniKr(cli.ok("explain", Long.toString(run), "--person", person));

        assertEquals(expected(region.files, person), first);
        assertEquals(first, again);
        assertEquals(expected(changed, person), after, "the new listing's flags change the region's reference");
        assertNotEquals(first, after);
    }

    @Test
    void aPersonThatIsNoPersonnummerIsRefusedWithItsReason() {
        long run = runId(cli.ok("--user", "anna", "run", "halsoval", DECEMBER.toString()));

        CliRunner.Outcome refused = cli.run("explain", Long.toString(run), "--person", "19811218987");

        assertEquals(1, refused.exitCode());
        assertEquals("vardval explain: inte ett personnummer (ÅÅÅÅMMDD-NNNN): '19811218987'", refused.err().strip());
    }

    /** The first person listed in Hälsoval on the first of December with a CNI flag. */
    private String flaggedPerson() throws IOException {
        Set<String> flagged = CsvTable.read(region.files.resolve("persons.csv")).stream()
                .filter(p -> !p.get("cni_flags").isEmpty()).map(p -> p.get("person_id")).collect(Collectors.toSet());
        return CsvTable.read(region.files.resolve("listings.csv")).stream()
                .filter(l -> l.get("care_choice").equals("halsoval") && flagged.contains(l.get("person_id"))
                        && !l.get("valid_from").isEmpty() && l.get("valid_from").compareTo("2020-12-01") <= 0
                        && (l.get("valid_to").isEmpty() || l.get("valid_to").compareTo("2020-12-01") >= 0))
                .map(l -> l.get("person_id")).findFirst().orElseThrow();
    }

    /** The region's files and a newcomer with two CNI flags listed in December only at the first unit. */
    private Path withNewcomer() throws IOException {
        Path changed = Files.createDirectories(work.resolve("newcomer"));
        for (String file : List.of("persons.csv", "listings.csv")) {
            Files.copy(region.files.resolve(file), changed.resolve(file));
        }
        String unit = CsvTable.read(region.files.resolve("units.csv")).get(0).get("hsa_id");
        append(changed.resolve("persons.csv"), Map.of("person_id", NEWCOMER, "municipality", "2380",
                "cni_flags", "UNDER5|FOREIGN_BORN"));
        append(changed.resolve("listings.csv"), Map.of("person_id", NEWCOMER, "care_choice", "halsoval",
                "hsa_id", unit, "valid_from", "2020-12-01", "valid_to", "2020-12-31", "assigned", "false"));
        return changed;
    }

    private static void append(Path file, Map<String, String> values) throws IOException {
        String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        List<String> row = List.of(header.split(";")).stream().map(c -> values.getOrDefault(c, "")).toList();
        Files.writeString(file, String.join(";", row) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The person's CNI share as the explanation shows it, to four decimals. */
    private String expected(Path files, String person) throws IOException {
        BigDecimal exact = new ExpectedHalsovalLines(files, region.rulebook.get("parameters"), DECEMBER)
                .personCni(person);
        return exact.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** The kr of the explanation's CNI row. */
    private static String cniKr(String explanation) {
        return explanation.lines().map(line -> line.split("\t")).filter(cells -> cells.length == 4
                && cells[1].equals(CNI)).map(cells -> cells[3]).findFirst()
                .orElseThrow(() -> new AssertionError("no CNI row: " + explanation));
    }

    private static long runId(String output) {
        assertTrue(output.startsWith("körning "), output);
        return Long.parseLong(output.substring("körning ".length(), output.indexOf(' ', "körning ".length())));
    }
}
