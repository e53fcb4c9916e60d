package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;

/**
 * The command line end to end on a generated region with a hand-written foot-care month (see {@link FootCareRegion}),
 * under the demo rulebook of 2020 (fees 480, 560 and 640 kr, home visit 300 kr, quota 2, 4 and 6, referrals valid 12
 * months, the patient fee deducted, from 18).
 */
@TestInstance(Lifecycle.PER_CLASS)
class FotvardEndToEndTest {

    @TempDir
    static Path work;

    private CliRunner cli;
    private FootCareRegion region;

    @BeforeAll
    void importRegion() throws Exception {
        cli = new CliRunner();
        region = FootCareRegion.imported(cli, work);
    }

    @Test
    void theMonthPaysEachTreatmentOnAValidReferralAndRejectsTheOthersWithTheirReasons() throws IOException {
        cli.ok("run", "fotvard", "2020-03");
        Path exported = work.resolve("fotvard-2020-03.csv");
        cli.ok("export", "latest", "--format", "csv", "--out", exported.toString());
        Map<String, String> lines = new TreeMap<>();
        for (Map<String, String> row : FootCareRegion.read(exported)) {
            lines.put(row.get("hsa_id") + " " + row.get("component"),
                    row.get("basis") + " × " + row.get("rate") + " = " + row.get("amount"));
        }
        // R1: 2 × (480 - 200), the third over the quota of 2; R2 on its last valid day: 560 - 200 and 300 at home;
        // R4: 640 with no patient fee
        assertEquals(Map.of(FootCareRegion.UNIT + " HOME_VISIT", "1 × 300 = 300.00",
                FootCareRegion.UNIT + " TREATMENT_RISK2", "2 × 280 = 560.00",
                FootCareRegion.UNIT + " TREATMENT_RISK3", "1 × 360 = 360.00",
                FootCareRegion.UNIT + " TREATMENT_RISK4", "1 × 640 = 640.00"), lines);
        String rejected = cli.ok("explain", "latest", "--unit", FootCareRegion.UNIT, "--component", "REJECTED");
        List<String> rows = rejected.lines().filter(l -> l.startsWith("FT")).map(l -> l.split("\t"))
                .map(f -> f[0] + " " + f[4]).toList();
        assertEquals(List.of("FT06 REFERRAL_EXPIRED", "FT08 RISK_GRADE_I", "FT09 NO_REFERRAL", "FT04 OVER_QUOTA"),
                rows, "by date");
    }

    @Test
    void aReferralsFileWithBadRowsIsRejectedWholeWithEveryBadRow() throws Exception {
        Path bad = Files.createDirectories(work.resolve("bad")).resolve("referrals.csv");
        Files.writeString(bad, "referral_id;person_id;issued;risk_group;valid_months;issuer_hsa_id\n"
                + "R8;" + region.persons.get(0) + ";2020-03-01;3;12;" + region.listedAt.get(0) + "\n"
                + "R9;19121212-1212;2020-02-30;5;0;SE-NONE\n", StandardCharsets.UTF_8);
        CliRunner.Outcome outcome = cli.run("import", bad.toString());
        assertEquals(1, outcome.exitCode());
        for (String error : List.of("referrals.csv:3: person_id: unknown person (not in persons.csv)",
                "referrals.csv:3: issued: not a date (YYYY-MM-DD): '2020-02-30'",
                "referrals.csv:3: risk_group: must be from 1 to 4: '5'",
                "referrals.csv:3: valid_months: must be from 1 to 120: '0'",
                "referrals.csv:3: issuer_hsa_id: unknown unit 'SE-NONE'")) {
            assertTrue(outcome.out().contains(error), outcome.out());
        }
        List<String> stored = CliRunner.service(ReferralSource.class)
                .issuedBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)).stream().map(Referral::id).toList();
        assertEquals(List.of("R2", "R4"), stored, "the rejected file stored nothing");
    }
}
