package se.vardval.fotvard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.cli.testing.CliRunner;
import se.vardval.core.domain.PersonId;
import se.vardval.demo.DemoRegionGenerator;

/**
 * A generated region with Hälsoval (its 2020 rulebook with FOOT_CARE cost responsibility on) and a hand-written foot
 * care month on top: the podiatry unit {@link #UNIT}, three persons listed in Hälsoval all March 2020 at the units
 * {@link #listedAt}, their referrals (as activities and in {@code referrals.csv}) and treatments, imported and decided
 * through the command line.
 */
final class FootCareRegion {

    static final String UNIT = "SE2321000206-F0009";
    static final String PROVIDER = "556709999" + PersonId.checkDigit("556709999");

    final Path files;
    final List<String> persons = new ArrayList<>();
    final List<String> listedAt = new ArrayList<>();

    private FootCareRegion(Path files) {
        this.files = files;
    }

    /** Generates and imports the region into the runtime's database. */
    static FootCareRegion imported(CliRunner cli, Path work) throws IOException {
        FootCareRegion region = new FootCareRegion(Files.createDirectories(work.resolve("region")));
        new DemoRegionGenerator(23, 3_000).writeTo(region.files);
        region.choosePersons();
        region.writeFootCare();
        cli.ok("care-choice", "halsoval", "--model", "halsoval", "--name", "Hälsoval");
        cli.ok("care-choice", "fotvard", "--model", "fotvard", "--name", "Medicinsk fotvård");
        CliRunner.Outcome imported = cli.run("import", region.files.toString());
        if (imported.exitCode() != 0 || !imported.out().contains("referrals.csv")) {
            throw new IllegalStateException("the region was not imported: " + imported.out() + imported.err());
        }
        region.decide(cli, work, "se.vardval.halsoval", "rulebooks/halsoval-2020.json");
        region.decide(cli, work, "se.vardval.fotvard", "rulebooks/fotvard-2020.json");
        return region;
    }

    /** Three adults listed in Hälsoval at one unit from before March 2020 to after it, at different units. */
    private void choosePersons() throws IOException {
        for (Map<String, String> row : read(files.resolve("listings.csv"))) {
            String person = row.get("person_id");
            boolean allMarch = LocalDate.parse(row.get("valid_from")).isBefore(LocalDate.of(2020, 3, 1))
                    && (row.get("valid_to").isEmpty() || LocalDate.parse(row.get("valid_to"))
                            .isAfter(LocalDate.of(2020, 3, 31)));
            LocalDate born = PersonId.parse(person).birthDate();
            if (allMarch && born.isBefore(LocalDate.of(1960, 1, 1)) && !listedAt.contains(row.get("hsa_id"))
                    && persons.size() < 3) {
                persons.add(PersonId.parse(person).value());
                listedAt.add(row.get("hsa_id"));
            }
        }
    }

    /**
     * P1: referral R1 (risk 2, activity of 1 March), treated 5, 10 and 20 March paying 200 kr. P2: R2 of referrals.csv
     * (risk 3, issued 10 March 2019, valid_months empty: the rulebook's 12 months), treated at home on 9 March and
     * again on 10 March paying 200 kr. P3: R3 (risk 1, activity of 2 March) treated 12 March, a treatment without
     * referral on 13 March, R4 of referrals.csv (risk 4, 1 February 2020) treated 16 March paying nothing.
     */
    private void writeFootCare() throws IOException {
        String p1 = persons.get(0);
        String p2 = persons.get(1);
        String p3 = persons.get(2);
        append("providers.csv", PROVIDER + ";Fotvården Test AB;PRIVATE");
        append("units.csv", UNIT + ";Fotvården Test;" + PROVIDER + ";2380;");
        append("contracts.csv", "FOT-TEST;fotvard;" + PROVIDER + ";" + UNIT + ";2019-01-01;");
        append("activities.csv",
                activity("FT01", p1, listedAt.get(0), "2020-03-01", "DOCTOR", "0", "referral=R1|risk=2"),
                activity("FT02", p1, UNIT, "2020-03-05", "PODIATRIST", "200", "referral=R1"),
                activity("FT03", p1, UNIT, "2020-03-10", "PODIATRIST", "200", "referral=R1"),
                activity("FT04", p1, UNIT, "2020-03-20", "PODIATRIST", "200", "referral=R1"),
                activity("FT05", p2, UNIT, "2020-03-09", "PODIATRIST", "200", "referral=R2|home=true"),
                activity("FT06", p2, UNIT, "2020-03-10", "PODIATRIST", "200", "referral=R2"),
                activity("FT07", p3, listedAt.get(2), "2020-03-02", "NURSE", "0", "referral=R3|risk=1"),
                activity("FT08", p3, UNIT, "2020-03-12", "PODIATRIST", "200", "referral=R3"),
                activity("FT09", p3, UNIT, "2020-03-13", "PODIATRIST", "200", ""),
                activity("FT10", p3, UNIT, "2020-03-16", "PODIATRIST", "0", "referral=R4"));
        Files.writeString(files.resolve("referrals.csv"),
                "referral_id;person_id;issued;risk_group;valid_months;issuer_hsa_id\n"
                        + "R2;" + p2 + ";2019-03-10;3;;" + listedAt.get(1) + "\n"
                        + "R4;" + p3 + ";2020-02-01;4;12;" + listedAt.get(2) + "\n", StandardCharsets.UTF_8);
    }

    private static String activity(String id, String person, String unit, String date, String profession,
            String fee, String codes) {
        return String.join(";", id, "fotvard", person, unit, date, "PHYSICAL", profession, "c1", fee, "", codes);
    }

    private void append(String file, String... lines) throws IOException {
        Path path = files.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        String start = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        Files.writeString(path, start + String.join("\n", lines) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    /** Imports a plugin's demo rulebook as a draft (Hälsoval's with FOOT_CARE on) and decides it. */
    private void decide(CliRunner cli, Path work, String bundleName, String entry) throws IOException {
        Bundle bundle = List.of(FrameworkUtil.getBundle(FootCareRegion.class).getBundleContext().getBundles())
                .stream().filter(b -> b.getSymbolicName().equals(bundleName)).findFirst().orElseThrow();
        try (InputStream in = bundle.getEntry(entry).openStream()) {
            ObjectNode document = (ObjectNode) new ObjectMapper().readTree(in);
            document.put("status", "DRAFT");
            document.putNull("decision");
            ObjectNode costs = (ObjectNode) document.get("parameters").get("costResponsibility");
            if (costs != null) {
                costs.put("FOOT_CARE", true);
            }
            Path file = work.resolve(entry.replace("rulebooks/", ""));
            Files.writeString(file, new ObjectMapper().writeValueAsString(document), StandardCharsets.UTF_8);
            cli.ok("rulebook", "import", file.toString());
            cli.ok("rulebook", "decide", document.get("careChoice").asText(), "2020", "--decision", "Test");
        }
    }

    /** A whole semicolon-separated file as rows of column name to value. */
    static List<Map<String, String>> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
        }
        return rows;
    }
}
