package se.vardval.specialist.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.cli.testing.CliRunner;

/**
 * The demo region's three specialist vårdval through the command line: init-demo writes their providers, units,
 * contracts and activities, and each runs in the same database under its own rulebook. Ögon's March is checked against
 * this test's own pricing of the generated activities file (visit prices less the patient fee, DRG weight × price per
 * point, days over the trim point); hud and höft- och knäprotes pay only their own units.
 */
@TestInstance(Lifecycle.PER_CLASS)
class SpecialistDemoTest {

    private static final Pattern RUN_ID = Pattern.compile("^körning (\\d+) ");
    private static final String MARCH = "2020-03";
    private static final CSVFormat SEMICOLON = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).get();

    @TempDir
    static Path work;

    private CliRunner cli;
    private Path files;

    @BeforeAll
    void initDemo() throws Exception {
        cli = new CliRunner();
        files = work.resolve("demo");
        String loaded = cli.ok("init-demo", "--persons", "3000", "--seed", "11", "--files", files.toString());
        for (String careChoice : List.of("hud", "ogon", "hoftknaprotes")) {
            assertTrue(loaded.contains("  förfrågningsunderlag " + careChoice + " 2020 (beslutat)\n"), loaded);
        }
    }

    @Test
    void ogonsMarchIsTheGeneratedActivitiesPricedByItsRulebook() throws IOException {
        Map<String, BigDecimal> expected = expectedOgon(parameters("ogon"));
        assertTrue(expected.keySet().stream().anyMatch(k -> k.endsWith(" DRG_OUTLIER")), "some long stays");

        assertEquals(expected, amounts(run("ogon")));
    }

    @Test
    void hudAndProtesPayOnlyTheirOwnUnitsWithTheirOwnForms() throws IOException {
        Map<String, BigDecimal> hud = amounts(run("hud"));
        Map<String, BigDecimal> protes = amounts(run("hoftknaprotes"));

        assertEquals(units("hud"), unitsOf(hud));
        assertEquals(units("hoftknaprotes"), unitsOf(protes));
        assertTrue(components(hud).contains("VISITS"), hud.toString());
        assertTrue(components(protes).containsAll(Set.of("EPISODE", "VISITS")), protes.toString());
    }

    /** Each unit's and component's amount as this test prices ögon's March activities. */
    private Map<String, BigDecimal> expectedOgon(JsonNode p) throws IOException {
        Map<String, BigDecimal> exact = new TreeMap<>();
        BigDecimal trim = p.path("drgOutlier").path("trimDays").decimalValue();
        BigDecimal perDay = p.path("drgOutlier").path("krPerDay").decimalValue();
        forEachRow("activities.csv", a -> {
            if (!a.get("care_choice").equals("ogon") || !a.get("date").startsWith(MARCH)) {
                return;
            }
            Map<String, String> codes = codes(a.get("codes"));
            String unit = a.get("hsa_id");
            if (codes.containsKey("drg")) {
                JsonNode weight = p.path("drgWeights").get(codes.get("drg"));
                if (weight != null) {
                    exact.merge(unit + " DRG", weight.decimalValue().multiply(p.get("drgPricePerPoint")
                            .decimalValue()), BigDecimal::add);
                    BigDecimal over = new BigDecimal(codes.get("los")).subtract(trim);
                    if (over.signum() > 0) {
                        exact.merge(unit + " DRG_OUTLIER", over.multiply(perDay), BigDecimal::add);
                    }
                }
            } else {
                BigDecimal price = visitPrice(p, a.get("contact_type"), a.get("profession"), codes.get("visit"));
                if (price != null) {
                    exact.merge(unit + " VISITS", price.subtract(new BigDecimal(a.get("patient_fee")))
                            .max(BigDecimal.ZERO), BigDecimal::add);
                }
            }
        });
        Map<String, BigDecimal> rounded = new TreeMap<>();
        exact.forEach((key, kr) -> rounded.put(key, kr.setScale(2, RoundingMode.HALF_UP)));
        return rounded;
    }

    private static BigDecimal visitPrice(JsonNode p, String contactType, String profession, String kind) {
        for (JsonNode price : p.get("visitPrices")) {
            if (price.get("contactType").asText().equals(contactType)
                    && price.get("profession").asText().equals(profession)
                    && price.get("visitKind").asText().equals(kind)) {
                return price.get("kr").decimalValue();
            }
        }
        return null;
    }

    private static Map<String, String> codes(String text) {
        Map<String, String> codes = new TreeMap<>();
        for (String pair : text.split("\\|")) {
            codes.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return codes;
    }

    private Set<String> units(String careChoice) throws IOException {
        Set<String> units = new TreeSet<>();
        forEachRow("contracts.csv", c -> {
            if (c.get("care_choice").equals(careChoice)) {
                units.add(c.get("hsa_id"));
            }
        });
        return units;
    }

    private static Set<String> unitsOf(Map<String, BigDecimal> amounts) {
        Set<String> units = new TreeSet<>();
        amounts.keySet().forEach(key -> units.add(key.substring(0, key.indexOf(' '))));
        return units;
    }

    private static Set<String> components(Map<String, BigDecimal> amounts) {
        Set<String> components = new TreeSet<>();
        amounts.keySet().forEach(key -> components.add(key.substring(key.indexOf(' ') + 1)));
        return components;
    }

    private JsonNode parameters(String careChoice) throws IOException {
        return new ObjectMapper().readTree(cli.ok("rulebook", "export", careChoice, "2020")).get("parameters");
    }

    private long run(String careChoice) {
        Matcher m = RUN_ID.matcher(cli.ok("run", careChoice, MARCH));
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    /** The exported run's amount per unit and component. */
    private Map<String, BigDecimal> amounts(long run) throws IOException {
        Path file = work.resolve("run-" + run + ".csv");
        cli.ok("export", Long.toString(run), "--format", "csv", "--out", file.toString());
        Map<String, BigDecimal> amounts = new TreeMap<>();
        List<CSVRecord> lines = new ArrayList<>();
        read(file, lines::add);
        lines.forEach(l -> amounts.put(l.get("hsa_id") + " " + l.get("component"), new BigDecimal(l.get("amount"))));
        return amounts;
    }

    private void forEachRow(String name, Consumer<CSVRecord> sink) throws IOException {
        read(files.resolve(name), sink);
    }

    private static void read(Path file, Consumer<CSVRecord> sink) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, SEMICOLON)) {
            parser.forEach(sink);
        }
    }
}
