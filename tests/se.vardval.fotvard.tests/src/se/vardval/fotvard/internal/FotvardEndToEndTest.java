package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;

/**
 * The command line end to end on a generated region with a hand-written foot-care month (see {@link FootCareRegion}),
 * under the demo rulebook of 2020 (fees 480, 560 and 640 kr, home visit 300 kr, quota 2, 4 and 6, referrals valid 12
 * months, the patient fee deducted, from 18), and the approved month's treatments charged to the Hälsoval units
 * where the patients are listed.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FotvardEndToEndTest {

    private static final String APPROVER = "fia";

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
    @Order(1)
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
    @Order(2)
    void aReferralsFileWithBadRowsIsRejectedWholeWithEveryBadRow() throws Exception {
        Path bad = Files.createDirectories(work.resolve("bad")).resolve("referrals.csv");
        Files.writeString(bad, "referral_id;person_id;issued;risk_group;valid_months;issuer_hsa_id\n"
                + "R8;" + region.persons.get(0) + ";2020-03-01;3;12;" + region.listedAt.get(0) + "\n"
                + "R9;19121212-1212;2020-02-30;5;0;SE-NONE\n", StandardCharsets.UTF_8);
        CliRunner.Outcome outcome = cli.run("import", bad.toString());
        assertEquals(1, outcome.exitCode());
        for (String error : List.of("referrals.csv:3: person_id: okänd person (finns inte i persons.csv)",
                "referrals.csv:3: issued: inte ett datum (ÅÅÅÅ-MM-DD): '2020-02-30'",
                "referrals.csv:3: risk_group: måste vara från 1 till och med 4: '5'",
                "referrals.csv:3: valid_months: måste vara från 1 till och med 120: '0'",
                "referrals.csv:3: issuer_hsa_id: okänd enhet 'SE-NONE'")) {
            assertTrue(outcome.out().contains(error), outcome.out());
        }
        List<String> stored = CliRunner.service(ReferralSource.class)
                .issuedBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31), 12).stream().map(Referral::id)
                .toList();
        assertEquals(List.of("R2", "R4"), stored, "the rejected file stored nothing");
    }

    @Test
    @Order(3)
    void theApprovedMonthsTreatmentsAreChargedToTheHalsovalUnitsWhereThePatientsAreListed() throws Exception {
        UserDirectory users = CliRunner.service(UserDirectory.class);
        if (users.account(APPROVER).isEmpty()) {
            users.add(APPROVER, "fotvårdens attest".toCharArray(), new RoleGrant(Role.APPROVER, null), "demo");
        }
        Map<String, BigDecimal> before = footCareCosts(halsovalMarch());

        cli.ok("run", "fotvard", "2020-03");
        cli.ok("--user", APPROVER, "approve", "latest");
        Map<String, BigDecimal> after = footCareCosts(halsovalMarch());

        Map<String, BigDecimal> charged = new TreeMap<>();
        after.forEach((unit, kr) -> {
            BigDecimal difference = kr.subtract(before.getOrDefault(unit, BigDecimal.ZERO));
            if (difference.signum() != 0) {
                charged.put(unit, difference);
            }
        });
        // P1: two treatments of 480 - 200; P2: 560 - 200 and 300 at home (the second on an expired referral is not
        // paid); P3: 640 on R4 (the one on risk grade I and the one without referral are not paid)
        assertEquals(Map.of(region.listedAt.get(0), new BigDecimal("-560.00"), region.listedAt.get(1),
                new BigDecimal("-660.00"), region.listedAt.get(2), new BigDecimal("-640.00")), charged);
    }

    private Path halsovalMarch() {
        cli.ok("run", "halsoval", "2020-03");
        Path exported = work.resolve("halsoval-2020-03-" + System.nanoTime() + ".csv");
        cli.ok("export", "latest", "--format", "csv", "--out", exported.toString());
        return exported;
    }

    private static Map<String, BigDecimal> footCareCosts(Path exported) throws IOException {
        Map<String, BigDecimal> costs = new TreeMap<>();
        for (Map<String, String> row : FootCareRegion.read(exported)) {
            if (row.get("component").equals("COST_FOOT_CARE")) {
                costs.put(row.get("hsa_id"), new BigDecimal(row.get("amount")));
            }
        }
        return costs;
    }
}
