package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.cli.testing.CliRunner;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;

/**
 * The model tools end to end: {@code tools} lists Hälsoval's age-weight tool, {@code tool run} proposes the weights
 * that this test computes itself from the region's persons.csv and activities.csv, and {@code --apply} sets them in
 * the draft as an administrator of the vårdval (refused to a read-only user), audited.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ModelToolCommandsTest {

    /** A draft year of its own: the other end-to-end test of this runtime drafts 2022 and 2023. */
    private static final String DRAFT = "2024";
    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2020, 12, 31);

    private CliRunner cli;
    private Path files;

    @BeforeAll
    void importGeneratedRegion() throws Exception {
        cli = new CliRunner();
        files = GeneratedRegion.imported(cli);
        UserDirectory users = CliRunner.service(UserDirectory.class);
        if (users.account("rut").isEmpty()) {
            users.add("rut", "test-password-1".toCharArray(), new RoleGrant(Role.READ_ONLY, null), "demo");
        }
        cli.ok("rulebook", "draft", "halsoval", DRAFT, "--from", "2020", "--replace");
    }

    @Test
    void listsTheToolsOfTheVardval() {
        String listed = cli.ok("tools", "halsoval");
        assertTrue(listed.startsWith("age-weights      Härled åldersvikter\n"), listed);
        assertTrue(listed.contains("    --input draft=<draft_year>  Utkast (år)\n"), listed);
        assertTrue(listed.contains("    --input from=<month> (valfri)  Första månaden"), listed);
        CliRunner.Outcome unknown = cli.run("tool", "run", "halsoval", "nothing");
        assertEquals("vardval tool run: det finns inget verktyg 'nothing' för halsoval; verktygen är age-weights",
                unknown.err().strip());
    }

    @Test
    void proposesTheIndependentlyComputedWeightsAndAppliesThemToTheDraft() throws IOException {
        List<String> expected = expectedWeights();
        String[] run = { "tool", "run", "halsoval", "age-weights", "-i", "draft=" + DRAFT, "-i", "from=2020-01", "-i",
            "to=2020-12" };
        List<List<String>> table = cli.ok(run).lines().map(l -> List.of(l.strip().split("  +"))).toList();
        assertEquals(List.of("Ålder", "Invånare", "Viktade besök", "Vikt i utkastet", "Föreslagen vikt"),
                table.getFirst());
        List<String> proposed = table.subList(1, 22).stream().map(List::getLast).toList();
        assertEquals(expected.stream().map(w -> w.replace('.', ',')).toList(), proposed);
        assertTrue(table.get(22).getFirst().matches("\\d{1,3}( \\d{3})* invånare efter ålder den 2020-12-31; "
                + "\\d{1,3}( \\d{3})* viktade besök 2020-01 – 2020-12\\."), table.get(22).toString());

        List<String> refusedRun = new ArrayList<>(List.of("--user", "rut"));
        refusedRun.addAll(List.of(run));
        refusedRun.add("--apply");
        CliRunner.Outcome refused = cli.run(refusedRun.toArray(String[]::new));
        assertEquals(1, refused.exitCode());
        assertEquals("vardval tool run: rut får inte redigera förfrågningsunderlag i halsoval: det kräver rollen"
                + " administratör för halsoval; rut är"
                + " läsbehörig", refused.err().strip());

        List<String> applyRun = new ArrayList<>(List.of("--user", "demo"));
        applyRun.addAll(List.of(run));
        applyRun.add("--apply");
        String applied = cli.ok(applyRun.toArray(String[]::new));
        assertTrue(applied.contains("\ngjort: capitation.ageWeights i förfrågningsunderlaget halsoval 2024 är satt\n"),
                applied);
        JsonNode draft = new ObjectMapper().readTree(cli.ok("rulebook", "export", "halsoval", DRAFT));
        List<String> stored = new ArrayList<>();
        draft.get("parameters").get("capitation").get("ageWeights")
                .forEach(band -> stored.add(band.get("weight").decimalValue().setScale(4).toPlainString()));
        assertEquals(expected, stored);
        String audit = cli.ok("audit", "--entity", "rulebook", "--by", "demo", "--text", "halsoval/" + DRAFT,
                "--limit", "1");
        assertTrue(audit.contains("demo") && audit.contains("halsoval/2024") && audit.contains("UPDATE"), audit);
    }

    /** The spec's formula over the files, written out here: 5-year bands 0–4 … 95–99 and 100+, rounded half-up. */
    private List<String> expectedWeights() throws IOException {
        long[] residents = new long[21];
        long[] visits = new long[21];
        for (Map<String, String> person : rows(files.resolve("persons.csv"))) {
            residents[band(birthDate(person.get("person_id")), LAST)]++;
        }
        for (Map<String, String> activity : rows(files.resolve("activities.csv"))) {
            LocalDate date = LocalDate.parse(activity.get("date"));
            if (activity.get("care_choice").equals("halsoval") && !date.isBefore(FIRST) && !date.isAfter(LAST)
                    && !activity.get("contact_type").equals("PHONE_PRESCRIPTION")
                    && !Boolean.parseBoolean(activity.get("out_of_county"))) {
                visits[band(birthDate(activity.get("person_id")), date)] += activity.get("profession")
                        .equals("DOCTOR") ? 2 : 1;
            }
        }
        long allResidents = 0;
        long allVisits = 0;
        for (int i = 0; i < 21; i++) {
            allResidents += residents[i];
            allVisits += visits[i];
        }
        List<String> weights = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            weights.add(residents[i] == 0 ? "0.0000" : BigDecimal.valueOf(visits[i] * allResidents)
                    .divide(BigDecimal.valueOf(residents[i] * allVisits), 4, RoundingMode.HALF_UP).toPlainString());
        }
        return weights;
    }

    /** A semicolon-separated file's rows as column name to value. */
    private static List<Map<String, String>> rows(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            parser.forEach(record -> rows.add(record.toMap()));
        }
        return rows;
    }

    private static int band(LocalDate birth, LocalDate day) {
        return Math.min(Period.between(birth, day).getYears(), 100) / 5;
    }

    /** The birth date in a personnummer (YYYYMMDD…), a samordningsnummer's day less 60. */
    private static LocalDate birthDate(String personId) {
        int day = Integer.parseInt(personId.substring(6, 8));
        return LocalDate.of(Integer.parseInt(personId.substring(0, 4)), Integer.parseInt(personId.substring(4, 6)),
                day > 60 ? day - 60 : day);
    }
}
