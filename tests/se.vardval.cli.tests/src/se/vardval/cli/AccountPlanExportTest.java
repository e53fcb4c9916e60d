package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vårdval's finance accounts end to end: only an administrator of the vårdval changes them, the change is in the
 * audit log, and the SIE4 file books the mapped component on its account and every other component on the default.
 */
@TestInstance(Lifecycle.PER_CLASS)
class AccountPlanExportTest {

    /** A month of its own: the other end-to-end tests of this runtime use March, June, July and September. */
    private static final String NOVEMBER = "2020-11";
    private static final Pattern TRANS = Pattern.compile(
            "   #TRANS (\\d{4}) \\{(?:20 \"([^\"]+)\")?\\} (-?\\d+\\.\\d{2}) \"\" \"(.+) (\\d{10})\"");

    @TempDir
    static Path work;

    private CliRunner cli;

    @BeforeAll
    void importGeneratedRegion() throws Exception {
        cli = new CliRunner();
        EndToEndRegion.imported(cli);
    }

    @Test
    void onlyAnAdministratorOfTheVardvalChangesTheAccountsAndItIsAudited() throws IOException {
        assertEquals(List.of("(standard) 4540"), lines(cli.ok("accounts", "halsoval")).subList(0, 1));
        CliRunner.Outcome readOnly = cli.run("--user", "olle", "accounts", "halsoval", "--set", "CNI=4541");
        assertEquals(1, readOnly.exitCode());
        assertEquals("vardval accounts: olle får inte ändra inställningarna i halsoval: det kräver rollen"
                + " administratör för halsoval; olle är läsbehörig",
                readOnly.err().strip());
        CliRunner.Outcome approver = cli.run("--user", "bertil", "accounts", "halsoval", "--set", "CNI=4541");
        assertEquals(1, approver.exitCode());
        assertTrue(approver.err().contains("bertil får inte ändra inställningarna i halsoval"), approver.err());
        CliRunner.Outcome bad = cli.run("--user", "anna", "accounts", "halsoval", "--set", "CNI=45x1");
        assertEquals("vardval accounts: kontona för halsoval avvisades: CNI: '45x1' är inte ett konto med fyra siffror",
                bad.err().strip());
        CliRunner.Outcome typo = cli.run("--user", "anna", "accounts", "halsoval", "--set", "CNI=4541", "--set",
                "AGE_CAPITATON=4542");
        assertEquals(1, typo.exitCode());
        assertTrue(typo.err().startsWith("vardval accounts: ersättningsdelen AGE_CAPITATON betalas inte i vårdvalet "
                + "halsoval; dess ersättningsdelar är AGE_CAPITATION, CNI, COST_DRUGS, "), typo.err());
        assertTrue(typo.err().contains(", DEFICIT_COMPENSATION, "), "a decided payment's too: " + typo.err());
        assertEquals(List.of("(standard) 4540"), lines(cli.ok("accounts", "halsoval")), "nothing of the two stored");
        cli.ok("--user", "anna", "accounts", "halsoval", "--set", "TARGET_CARE_GUARANTEE_3=4543", "--set",
                "DEFICIT_COMPENSATION=4549", "--set", "SUPPLEMENTARY_JOUR=4544");
        cli.ok("--user", "anna", "accounts", "halsoval", "--unset", "TARGET_CARE_GUARANTEE_3", "--unset",
                "DEFICIT_COMPENSATION", "--unset", "SUPPLEMENTARY_JOUR");

        String saved = cli.ok("--user", "anna", "accounts", "halsoval", "--set", "CNI=4541");
        assertEquals(List.of("kontona för halsoval är sparade", "(standard) 4540", "CNI 4541"), lines(saved));
        List<String> newest = List.of(lines(cli.ok("audit", "--entity", "account_plan", "--limit", "1")).getFirst()
                .split(" +"));
        assertEquals(List.of("anna", "account_plan", "halsoval"), newest.subList(2, 5));
        Path log = work.resolve("accounts-audit.csv");
        cli.ok("audit", "--entity", "account_plan", "--by", "anna", "--out", log.toString());
        Map<String, String> entry = CsvTable.read(log).getFirst();
        assertTrue(entry.get("after").contains("\"accounts\":{\"CNI\":\"4541\"}"), entry.toString());
        assertTrue(entry.get("before").contains("\"defaultAccount\":\"4540\""), entry.toString());
    }

    @Test
    void theSieFileBooksTheMappedComponentOnItsAccount() throws IOException {
        cli.ok("--user", "anna", "accounts", "halsoval", "--set", "CNI=4541");
        String run = cli.ok("--user", "anna", "run", "halsoval", NOVEMBER).split(" ")[1];
        cli.ok("--user", "bertil", "approve", run);
        Path csv = work.resolve("spec.csv");
        cli.ok("export", run, "--format", "csv", "--out", csv.toString());
        cli.ok("--user", "cecilia", "export", run, "--format", "sie4", "--out", work.toString());
        List<String> sie = Files.readAllLines(work.resolve("payments-halsoval-2020-11.se"), Charset.forName("IBM437"));

        assertTrue(sie.containsAll(List.of("#ORGNR 232100-0214", "#FNAMN \"Region Jämtland Härjedalen\"")),
                "the region that pays: " + sie);
        assertTrue(sie.contains("#KONTO 4541 \"4541\""), sie.toString());
        assertTrue(sie.contains("#KONTO 4540 \"Köpt vård\""), sie.toString());
        assertTrue(sie.contains("#KONTO 2440 \"Leverantörsskulder\""), sie.toString());
        Map<String, BigDecimal> expected = expectedTransactions(CsvTable.read(csv));
        Map<String, BigDecimal> written = new TreeMap<>();
        for (String line : sie.stream().filter(l -> l.startsWith("   #TRANS")).toList()) {
            Matcher m = TRANS.matcher(line);
            assertTrue(m.matches(), line);
            written.merge(m.group(5) + " " + (m.group(2) == null ? "-" : m.group(2)) + " " + m.group(1),
                    new BigDecimal(m.group(3)), BigDecimal::add);
        }
        assertEquals(expected, written);
        assertTrue(written.keySet().stream().anyMatch(k -> k.endsWith(" 4541")), "a CNI line on 4541");
    }

    /** Per provider, unit and account the sum of the specification's lines, and the provider's total on 2440. */
    private static Map<String, BigDecimal> expectedTransactions(List<Map<String, String>> rows) {
        Map<String, BigDecimal> expected = new TreeMap<>();
        for (Map<String, String> row : rows) {
            BigDecimal amount = new BigDecimal(row.get("amount"));
            String account = row.get("component").equals("CNI") ? "4541" : "4540";
            expected.merge(row.get("org_nr") + " " + row.get("hsa_id") + " " + account, amount, BigDecimal::add);
            expected.merge(row.get("org_nr") + " - 2440", amount.negate(), BigDecimal::add);
        }
        return expected;
    }

    private static List<String> lines(String output) {
        return output.lines().map(l -> l.replaceAll(" +", " ").strip()).toList();
    }
}
