package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
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
import org.osgi.framework.FrameworkUtil;

import se.vardval.cli.testing.CliRunner;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;
import se.vardval.annual.ScenarioRulebook;
import se.vardval.annual.Scenarios;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.RunDataSource;
import se.vardval.demo.DemoRegionGenerator;

/**
 * The year on the command line, on a generated region: draft 2021 from the decided 2020 rulebook, index it, diff it,
 * and compare the two 2021 Hälsoval proposals as a scenario against separate calculations and a stored payment run.
 */
@TestInstance(Lifecycle.PER_CLASS)
class YearEndToEndTest {

    private static final YearMonth MONTH = YearMonth.of(2020, 3);

    @TempDir
    static Path work;

    private CliRunner cli;

    @BeforeAll
    void importRegionAndDecide2020() throws Exception {
        cli = new CliRunner();
        Path files = Files.createDirectories(work.resolve("region"));
        new DemoRegionGenerator(11, 3_000).writeTo(files);
        cli.ok("care-choice", "halsoval", "--model", "halsoval", "--name", "Hälsoval");
        cli.ok("import", files.toString());
        Path rulebook = work.resolve("halsoval-2020.json");
        try (InputStream in = FrameworkUtil.getBundle(se.vardval.halsoval.AgeWeightDerivation.class)
                .getEntry("rulebooks/halsoval-2020.json").openStream()) {
            Files.writeString(rulebook, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"DECIDED\"", "\"DRAFT\""), StandardCharsets.UTF_8);
        }
        cli.ok("rulebook", "import", rulebook.toString());
        cli.ok("rulebook", "decide", "halsoval", "2020", "--decision", "RS 2019-11-26 § 201");
    }

    @Test
    void draftIndexAndDiffTheNextYear() throws Exception {
        assertTrue(cli.ok("rulebook", "draft", "halsoval", "2022", "--from", "2020").contains("drafted from 2020"));
        assertEquals(1, cli.run("rulebook", "draft", "halsoval", "2022", "--from", "2020").exitCode());
        assertEquals(1, cli.run("rulebook", "draft", "halsoval", "2020", "--from", "2022", "--replace").exitCode());

        String negative = cli.ok("rulebook", "index", "halsoval", "2022", "--lpik", "-0.4", "--floor-at-zero");
        assertTrue(negative.contains("floored at zero: unchanged"), negative);
        String indexed = cli.ok("rulebook", "index", "halsoval", "2022", "--lpik", "2.3", "--exclude",
                "sparsity.bands");
        assertTrue(indexed.matches("(?s).*capitation\\.krPerPoint +2453 -> +2509.*"), indexed);
        assertTrue(indexed.matches("(?s).*sparsity\\.bands\\[3\\]\\.krPerYear +1000 -> +1000  excluded.*"), indexed);
        cli.ok("rulebook", "set", "halsoval", "2022", "patientFees.mode", "RETURNED_TO_REGION");

        String diff = cli.ok("rulebook", "diff", "halsoval", "2020", "2022");
        assertTrue(diff.contains("parameters.capitation.krPerPoint: 2453 -> 2509  (56, 2.28 %)"), diff);
        assertTrue(diff.contains("parameters.patientFees.mode: \"KEPT_BY_UNIT\" -> \"RETURNED_TO_REGION\""), diff);
        assertEquals(1, cli.run("rulebook", "index", "halsoval", "2020", "--lpik", "2").exitCode());
    }

    @Test
    void proposalsDifferPerUnitAsTwoSeparateCalculationsDo() throws Exception {
        Scenarios scenarios = CliRunner.service(Scenarios.class);
        Map<String, Rulebook> proposals = scenarios.proposals("halsoval");
        Rulebook majority = proposals.get("halsoval-2021-majority");
        Rulebook opposition = proposals.get("halsoval-2021-opposition");
        ScenarioComparison comparison = scenarios.compare("halsoval", MONTH, List.of(
                new ScenarioRulebook("opposition", opposition), new ScenarioRulebook("majority", majority)));

        Map<String, BigDecimal> expected = new TreeMap<>();
        separately(opposition).forEach(l -> expected.merge(l.hsaId(), l.amount().negate(), BigDecimal::add));
        separately(majority).forEach(l -> expected.merge(l.hsaId(), l.amount(), BigDecimal::add));
        Map<String, BigDecimal> actual = new TreeMap<>();
        comparison.rows().stream().filter(r -> r.component().equals(ScenarioRow.TOTAL) && !r.hsaId().equals("*"))
                .forEach(r -> actual.put(r.hsaId(), r.difference(1)));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((unit, diff) -> assertEquals(0, diff.compareTo(actual.get(unit)), unit));
        assertTrue(comparison.rows().stream().anyMatch(r -> r.component().equals("SPARSITY")
                && r.difference(1).signum() != 0));
    }

    @Test
    void aScenarioOfTheDecidedRulebookEqualsItsPaymentRun() throws Exception {
        cli.ok("run", "halsoval", MONTH.toString());
        Path run = work.resolve("run.csv");
        cli.ok("export", "latest", "--out", run.toString());
        Path scenario = work.resolve("scenario.csv");
        String shown = cli.ok("scenario", "halsoval", MONTH.toString(), "2020", "halsoval-2021-opposition",
                "--out", scenario.toString());
        assertTrue(shown.contains("(not a payment run)"), shown);

        Map<String, BigDecimal> paid = new TreeMap<>();
        List<String> runLines = Files.readAllLines(run, StandardCharsets.UTF_8);
        for (String line : runLines.subList(1, runLines.size())) {
            String[] f = line.split(";");
            paid.put(f[4] + " " + f[5], new BigDecimal(f[8]));
        }
        Map<String, BigDecimal> inScenario = new TreeMap<>();
        List<String> rows = Files.readAllLines(scenario, StandardCharsets.UTF_8);
        assertEquals("care_choice;period;hsa_id;unit;component;kr_2020;kr_halsoval-2021-opposition;"
                + "diff_kr_halsoval-2021-opposition;diff_pct_halsoval-2021-opposition", rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(";", -1);
            BigDecimal amount = new BigDecimal(f[5]);
            if (!f[4].equals(ScenarioRow.TOTAL) && amount.signum() != 0) {
                inScenario.put(f[2] + " " + f[4], amount);
            }
        }
        assertEquals(paid, inScenario);
    }

    @Test
    void deficitProposalFromTheYearsListings() throws Exception {
        Path inputs = work.resolve("deficit.json");
        Files.writeString(inputs, "{\"basis\":\"PER_LISTED\",\"perMunicipality\":false,\"deviations\":[{"
                + "\"result\":{\"amount\":-3000000,\"source\":\"ÅR 2020 not 4\"},"
                + "\"principalAssignment\":{\"amount\":500000,\"source\":\"RS 2021-05-25 § 80\"},"
                + "\"lastResort\":{\"amount\":300000,\"source\":\"bilaga 2\"},"
                + "\"specialCommitment\":{\"amount\":0,\"source\":\"-\"},"
                + "\"stateGrants\":{\"amount\":400000,\"source\":\"bilaga 3\"}}]}", StandardCharsets.UTF_8);
        String proposal = cli.ok("deficit", "propose", "halsoval", "2020", "--inputs", inputs.toString());
        assertTrue(proposal.contains("A = D + H + S + Å − G = -3000000 + 500000 + 300000 + 0 − 400000 = -2600000"),
                proposal);
        assertTrue(proposal.contains("provider "), proposal);
    }

    private static List<PaymentLine> separately(Rulebook rulebook) throws InterruptedException {
        CareChoice halsoval = new CareChoice("halsoval", "Hälsoval", "halsoval");
        ReimbursementModel model = CliRunner.service(ModelCatalog.class).model("halsoval").orElseThrow();
        return model.calculate(CliRunner.service(RunDataSource.class).open(halsoval, MONTH, rulebook.parameters()))
                .lines();
    }
}
