package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import se.vardval.cli.testing.CliRunner;
import se.vardval.annual.BudgetCalibration;
import se.vardval.annual.Calibration;
import se.vardval.annual.CalibrationReport;
import se.vardval.annual.ComponentShare;
import se.vardval.annual.CompensationLine;
import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.Deviation;
import se.vardval.annual.DistributionBasis;
import se.vardval.annual.SavedDeficitProposal;
import se.vardval.annual.SavedScenario;
import se.vardval.annual.SourcedAmount;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioProgress;
import se.vardval.annual.ScenarioRow;
import se.vardval.annual.ScenarioRulebook;
import se.vardval.annual.Scenarios;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunWarning;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RunCancelledException;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/**
 * The year on the command line, on a generated region: draft a year from the decided 2020 rulebook, index, calibrate
 * and diff it; compare the two 2021 Hälsoval proposals as a scenario against separate calculations and a stored
 * payment run, save it and read its workbook back; propose, decide and pay the 2020 deficit compensation in 2021.
 */
@TestInstance(Lifecycle.PER_CLASS)
class YearEndToEndTest {

    private static final YearMonth MONTH = YearMonth.of(2020, 3);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @TempDir
    static Path work;

    private CliRunner cli;

    @BeforeAll
    void importRegionAndDecide2020() throws Exception {
        cli = new CliRunner();
        GeneratedRegion.imported(cli);
    }

    @Test
    void draftIndexAndDiffTheNextYear() throws Exception {
        assertEquals("förfrågningsunderlag halsoval 2022: utkast kopierat från 2020\n",
                cli.ok("rulebook", "draft", "halsoval", "2022", "--from", "2020"));
        assertEquals(1, cli.run("rulebook", "draft", "halsoval", "2022", "--from", "2020").exitCode());
        assertEquals(1, cli.run("rulebook", "draft", "halsoval", "2020", "--from", "2022", "--replace").exitCode());

        String negative = cli.ok("rulebook", "index", "halsoval", "2022", "--lpik", "-0.4", "--floor-at-zero");
        assertTrue(negative.startsWith("LPIK -0,4 %, negativt, golv vid noll: faktor 1 på "), negative);
        assertTrue(negative.contains(" -> ") && negative.lines().skip(1)
                .allMatch(l -> l.endsWith("  oförändrad: negativt index, golv vid noll")), negative);
        String indexed = cli.ok("rulebook", "index", "halsoval", "2022", "--lpik", "2.3", "--exclude",
                "sparsity.bands");
        assertTrue(indexed.startsWith("LPIK 2,3 %: faktor 1,023 på "), indexed);
        assertTrue(indexed.matches("(?s).*capitation\\.krPerPoint +2\u00a0453 -> +2\u00a0509\n.*"), indexed);
        assertTrue(indexed.matches("(?s).*sparsity\\.bands\\[3\\]\\.krPerYear +1\u00a0000 -> +1\u00a0000"
                + "  undantagen från indexeringen\n.*"), indexed);
        String again = cli.ok("rulebook", "index", "halsoval", "2022", "--lpik", "2.3", "--exclude",
                "sparsity.bands");
        assertTrue(again.matches("(?s).*capitation\\.krPerPoint +2\u00a0453 -> +2\u00a0509\n.*"),
                "indexed again from 2020's rates, not raised twice: " + again);
        assertSupplementariesIndexedOnceFrom2022();
        cli.ok("rulebook", "set", "halsoval", "2022", "patientFees.mode", "RETURNED_TO_REGION");

        String diff = cli.ok("rulebook", "diff", "halsoval", "2020", "2022");
        assertTrue(diff.contains("parameters.capitation.krPerPoint: 2453 -> 2509  (56, 2,28 %)\n"), diff);
        assertTrue(diff.contains("parameters.patientFees.mode: \"KEPT_BY_UNIT\" -> \"RETURNED_TO_REGION\""), diff);
        assertEquals(1, cli.run("rulebook", "index", "halsoval", "2020", "--lpik", "2").exitCode());
    }

    /** Each tilläggsuppdrag in force into 2022 ends on 2021-12-31 and has one 2022 row at its amount × 1,023. */
    private static void assertSupplementariesIndexedOnceFrom2022() throws InterruptedException {
        List<Supplementary> rows = CliRunner.service(MasterDataStore.class).supplementaries("halsoval");
        List<Supplementary> from2022 = rows.stream().filter(r -> r.validFrom().equals(LocalDate.of(2022, 1, 1)))
                .toList();
        assertTrue(!from2022.isEmpty(), rows.toString());
        for (Supplementary indexed : from2022) {
            List<Supplementary> same = rows.stream().filter(r -> r.contractId().equals(indexed.contractId())
                    && r.code().equals(indexed.code())).toList();
            assertEquals(2, same.size(), "the old row and one new row, however often indexed: " + same);
            Supplementary old = same.get(0).equals(indexed) ? same.get(1) : same.get(0);
            assertEquals(LocalDate.of(2021, 12, 31), old.validTo());
            assertEquals(0, old.annualAmount().multiply(new BigDecimal("1.023")).setScale(0, RoundingMode.HALF_UP)
                    .compareTo(indexed.annualAmount()), indexed.toString());
        }
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
    void aScenarioTellsWhichRulebookItCalculatesAndStopsWhenCancelled() throws Exception {
        Scenarios scenarios = CliRunner.service(Scenarios.class);
        List<ScenarioRulebook> both = scenarios.proposals("halsoval").entrySet().stream()
                .map(e -> new ScenarioRulebook(e.getKey(), e.getValue())).toList();
        List<String> told = new ArrayList<>();
        scenarios.compare("halsoval", MONTH, both, progress(told, false));
        assertEquals(List.of("0/2 halsoval-2021-majority", "1/2 halsoval-2021-opposition"), told);

        told.clear();
        RunCancelledException cancelled = assertThrows(RunCancelledException.class,
                () -> scenarios.compare("halsoval", MONTH, both, progress(told, true)));
        assertEquals(List.of("0/2 halsoval-2021-majority"), told, "stopped before the second rulebook");
        assertTrue(cancelled.getMessage().contains("avbröts"), cancelled.getMessage());
    }

    /** Progress that records what it is told and, if {@code cancelAfterFirst}, cancels once one rulebook began. */
    private static ScenarioProgress progress(List<String> told, boolean cancelAfterFirst) {
        return new ScenarioProgress() {
            @Override
            public void calculating(int index, int count, String name) {
                told.add(index + "/" + count + " " + name);
            }

            @Override
            public boolean cancelled() {
                return cancelAfterFirst && !told.isEmpty();
            }
        };
    }

    @Test
    void aScenarioOfTheDecidedRulebookEqualsItsPaymentRun() throws Exception {
        cli.ok("run", "halsoval", MONTH.toString());
        Path run = work.resolve("run.csv");
        cli.ok("export", "latest", "--out", run.toString());
        Path scenario = work.resolve("scenario.csv");
        String shown = cli.ok("scenario", "halsoval", MONTH.toString(), "2020", "halsoval-2021-opposition",
                "--out", scenario.toString());
        assertTrue(shown.startsWith("scenario halsoval 2020-03 (ingen utbetalning)\n"), shown);

        Map<String, BigDecimal> paid = new TreeMap<>();
        List<String> runLines = Files.readAllLines(run, StandardCharsets.UTF_8);
        for (String line : runLines.subList(1, runLines.size())) {
            String[] f = line.split(";");
            paid.put(f[4] + " " + f[5], new BigDecimal(f[8]));
        }
        Map<String, BigDecimal> inScenario = new TreeMap<>();
        List<String> rows = Files.readAllLines(scenario, StandardCharsets.UTF_8);
        assertEquals("care_choice;period;hsa_id;unit;component;kr_2020;kr_halsoval-2021-opposition;"
                + "diff_kr_halsoval-2021-opposition;diff_pct_halsoval-2021-opposition;component_name", rows.get(0));
        Map<String, String> names = new TreeMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(";", -1);
            names.put(f[4], f[9]);
            BigDecimal amount = new BigDecimal(f[5]);
            if (!f[4].equals(ScenarioRow.TOTAL) && amount.signum() != 0) {
                inScenario.put(f[2] + " " + f[4], amount);
            }
        }
        assertEquals(paid, inScenario);
        assertEquals("Åldersviktad vårdpeng", names.get("AGE_CAPITATION"));
        assertEquals("Summa", names.get(ScenarioRow.TOTAL));
    }

    @Test
    void deficitProposalFromTheYearsListings() throws Exception {
        Path inputs = deficitInputs();
        String proposal = cli.ok("deficit", "propose", "halsoval", "2020", "--inputs", inputs.toString());
        assertTrue(proposal.contains("A = D + H + S + Å − G = -3 000 000 + 500 000 + 300 000 + 0 − 400 000 = -2 600 000"
                + " kr (hela regionen); |A| / de regiondrivna enheternas underlag "),
                proposal);
        assertTrue(proposal.lines().anyMatch(l -> l.matches("  vårdgivare \\d{10} +[-\\d\u00a0]+,\\d\\d kr")),
                proposal);
    }

    @Test
    void theAverageListedIsEachListingDaysListedPersonsOverTwelve() throws Exception {
        DeficitProposal proposal = CliRunner.service(DeficitCompensations.class).propose("halsoval", 2020,
                new DeficitInputs(DistributionBasis.PER_LISTED, false, List.of(new Deviation(null,
                        amount("-3000000"), amount("0"), amount("0"), amount("0"), amount("0")))));

        Map<String, BigDecimal> expected = averageListedDayByDay(2020);
        assertTrue(proposal.lines().size() > 5, "the private units are paid");
        for (CompensationLine line : proposal.lines()) {
            assertEquals(expected.getOrDefault(line.hsaId(), BigDecimal.ZERO), line.basis(), line.hsaId());
        }
    }

    /** Each unit's persons listed on each of the year's twelve listing days, read day by day, over twelve. */
    private static Map<String, BigDecimal> averageListedDayByDay(int year) throws InterruptedException {
        CareChoice halsoval = new CareChoice("halsoval", "Hälsoval", "halsoval");
        ReimbursementModel model = CliRunner.service(ModelCatalog.class).model("halsoval").orElseThrow();
        Rulebook rulebook = CliRunner.service(RulebookStore.class).find("halsoval", year).orElseThrow();
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            CliRunner.service(RunDataSource.class).open(halsoval, period, rulebook.parameters()).forEachListedOn(
                    model.listingDay(rulebook.parameters(), period),
                    listed -> sums.merge(listed.hsaId(), BigDecimal.ONE, BigDecimal::add));
        }
        sums.replaceAll((unit, sum) -> sum.divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
        return sums;
    }

    private static SourcedAmount amount(String kronor) {
        return new SourcedAmount(new BigDecimal(kronor), "test");
    }

    @Test
    void calibrationFitsTheFrameWithTheResidueItReports() throws Exception {
        cli.ok("rulebook", "draft", "halsoval", "2023", "--from", "2020");
        String shown = cli.ok("rulebook", "calibrate", "halsoval", "2023", "--frame", "12000000", "--month",
                MONTH.toString(), "--share", "AGE_CAPITATION=75", "--share", "CNI=25");
        Rulebook calibrated = CliRunner.service(RulebookStore.class).find("halsoval", 2023).orElseThrow();
        List<PaymentLine> month = separately(calibrated);

        // the rates solved independently of the service: AGE_CAPITATION's points are its lines' basis; the CNI
        // points listed × cni of all units add up to the listed persons (the regional mean CNI is 1)
        BigDecimal agePoints = sum(month, "AGE_CAPITATION", PaymentLine::basis);
        BigDecimal listed = sum(month, "CNI", PaymentLine::basis);
        BigDecimal ageRate = new BigDecimal("9000000").divide(agePoints, 2, RoundingMode.HALF_UP);
        BigDecimal cniRate = new BigDecimal("3000000").divide(listed, 2, RoundingMode.HALF_UP);
        assertEquals(0, ageRate.compareTo(calibrated.parameters().path("capitation").path("krPerPoint")
                .decimalValue()), ageRate.toPlainString());
        assertEquals(0, cniRate.compareTo(calibrated.parameters().path("cni").path("krPerIndexPoint")
                .decimalValue()), cniRate.toPlainString());

        // frame = 12 × the month's lines + the residue, to the öre; the residue is what rounding the rates to öre and
        // each line to öre leaves, at most points × ½ öre + 12 × ½ öre per line
        BigDecimal annualised = sum(month, "AGE_CAPITATION", PaymentLine::amount)
                .add(sum(month, "CNI", PaymentLine::amount)).multiply(BigDecimal.valueOf(12));
        CalibrationReport report = CliRunner.service(BudgetCalibration.class).calibrate("halsoval", 2023,
                new Calibration(new BigDecimal("12000000"), MONTH, List.of(new ComponentShare("AGE_CAPITATION",
                        new BigDecimal("75")), new ComponentShare("CNI", new BigDecimal("25"))), null), true, null);
        assertEquals(0, annualised.compareTo(report.annualised()));
        assertEquals(0, new BigDecimal("12000000").compareTo(annualised.add(report.residue())));
        long lines = month.stream().filter(l -> l.component().equals("AGE_CAPITATION")
                || l.component().equals("CNI")).count();
        BigDecimal bound = agePoints.add(listed).multiply(new BigDecimal("0.005"))
                .add(new BigDecimal("0.06").multiply(BigDecimal.valueOf(lines)));
        assertTrue(report.residue().abs().compareTo(bound) <= 0, report.residue() + " > " + bound);
        assertTrue(shown.contains("  annualiserat " + kronor(annualised) + " + rest " + kronor(report.residue())
                + " = ram 12\u00a0000\u00a0000,00 kr\n"), shown);
        assertTrue(shown.matches("(?s).*  capitation\\.krPerPoint .* poäng = .* -> "
                + String.format(SWEDISH, "%,.2f", ageRate) + " \\(var .*"), shown);
        assertEquals(1, cli.run("rulebook", "calibrate", "halsoval", "2023", "--frame", "12000000", "--month",
                MONTH.toString(), "--share", "AGE_CAPITATION=75", "--share", "CNI=20").exitCode());
    }

    @Test
    void aSavedScenarioIsExportedAsAWorkbookWhoseDifferencesAreThoseOfTwoSeparateRuns() throws Exception {
        Path xlsx = work.resolve("scenario.xlsx");
        String shown = cli.ok("scenario", "halsoval", MONTH.toString(), "2020", "halsoval-2021-majority", "--save",
                "majority against 2020", "--xlsx", xlsx.toString());
        assertTrue(shown.startsWith("sparad som majority against 2020\n"), shown);
        assertTrue(cli.ok("scenario", "halsoval", "--list").contains("majority against 2020"));
        String again = cli.ok("scenario", "halsoval", "--saved", "majority against 2020");
        assertEquals(shown.lines().filter(l -> l.startsWith("  ")).toList(),
                again.lines().filter(l -> l.startsWith("  ")).toList());
        SavedScenario saved = CliRunner.service(Scenarios.class).find("halsoval", "majority against 2020")
                .orElseThrow();
        assertEquals(List.of("2020", "halsoval-2021-majority"), saved.comparison().names());
        assertEquals("demo", saved.savedBy());

        Rulebook decided = CliRunner.service(RulebookStore.class).find("halsoval", 2020).orElseThrow();
        Map<String, BigDecimal> expected = new TreeMap<>();
        separately(decided).forEach(l -> expected.merge(l.hsaId(), l.amount().negate(), BigDecimal::add));
        separately(saved.rulebooks().get(1).rulebook()).forEach(l -> expected.merge(l.hsaId(), l.amount(),
                BigDecimal::add));
        Map<String, BigDecimal> inWorkbook = new TreeMap<>();
        Thread.currentThread().setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Scenario");
            assertEquals("difference kr halsoval-2021-majority", sheet.getRow(0).getCell(6).getStringCellValue());
            assertEquals("difference % halsoval-2021-majority", sheet.getRow(0).getCell(7).getStringCellValue());
            assertEquals("component_name", sheet.getRow(0).getCell(8).getStringCellValue());
            Map<String, String> names = new TreeMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    names.put(row.getCell(2).getStringCellValue(), row.getCell(8).getStringCellValue());
                }
                if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals(ScenarioRow.TOTAL)
                        && !row.getCell(1).getStringCellValue().equals("*")) {
                    BigDecimal first = BigDecimal.valueOf(row.getCell(4).getNumericCellValue());
                    BigDecimal difference = BigDecimal.valueOf(row.getCell(6).getNumericCellValue());
                    inWorkbook.put(row.getCell(1).getStringCellValue(), difference.setScale(2, RoundingMode.HALF_UP));
                    assertEquals(difference.multiply(BigDecimal.valueOf(100)).divide(first.abs(), 2,
                            RoundingMode.HALF_UP).doubleValue(), row.getCell(7).getNumericCellValue(), 1e-9);
                }
            }
            assertEquals("Åldersviktad vårdpeng", names.get("AGE_CAPITATION"));
            assertEquals("Summa", names.get(ScenarioRow.TOTAL));
        }
        expected.replaceAll((unit, diff) -> diff.setScale(2, RoundingMode.HALF_UP));
        assertEquals(expected, inWorkbook);
    }

    @Test
    void aDecidedDeficitCompensationIsPaidOnceInTheChosenMonthOfTheNextYear() throws Exception {
        UserDirectory users = CliRunner.service(UserDirectory.class);
        if (users.account("greta").isEmpty()) {
            users.add("greta", "test-password-1".toCharArray(), new RoleGrant(Role.APPROVER, "halsoval"), "demo");
            users.add("hugo", "test-password-1".toCharArray(), new RoleGrant(Role.READ_ONLY, null), "demo");
        }
        cli.ok("rulebook", "draft", "halsoval", "2021", "--from", "2020");
        cli.ok("rulebook", "decide", "halsoval", "2021", "--decision", "RS 2020-11-24 § 190");
        YearMonth payIn = YearMonth.of(2021, 3);
        RunStore runs = CliRunner.service(RunStore.class);
        String before = runs.find(runId(cli.ok("run", "halsoval", payIn.toString()))).orElseThrow()
                .inputsFingerprint();

        DeficitCompensations deficits = CliRunner.service(DeficitCompensations.class);
        Path inputs = deficitInputs();
        cli.ok("deficit", "propose", "halsoval", "2020", "--inputs", inputs.toString(), "--save");
        SavedDeficitProposal saved = deficits.find("halsoval", 2020).orElseThrow();
        assertEquals("ÅR 2020 not 4", saved.proposal().inputs().deviations().get(0).result().source());
        assertTrue(!saved.proposal().lines().isEmpty() && !saved.decided());
        assertEquals("hugo får inte besluta utbetalningar i halsoval: det kräver rollen administratör för halsoval;"
                + " hugo är läsbehörig", assertThrows(UserError.class,
                () -> deficits.decide("halsoval", 2020, "RS 1", payIn, "hugo")).getMessage());
        assertEquals("greta får inte besluta utbetalningar i halsoval: det kräver rollen administratör för halsoval;"
                + " greta är attestant för halsoval", assertThrows(
                UserError.class, () -> deficits.decide("halsoval", 2020, "RS 1", payIn, "greta")).getMessage());
        assertEquals(1, cli.run("deficit", "decide", "halsoval", "2020", "--decision", "RS 2021-05-25 § 80",
                "--pay-in", "2020-12").exitCode(), "paid in the next year");
        cli.ok("deficit", "decide", "halsoval", "2020", "--decision", "RS 2021-05-25 § 80", "--pay-in",
                payIn.toString());
        assertEquals(1, cli.run("deficit", "decide", "halsoval", "2020", "--decision", "RS 2021-05-25 § 80",
                "--pay-in", "2021-04").exitCode(), "decided once");
        assertEquals(1, cli.run("deficit", "propose", "halsoval", "2020", "--inputs", inputs.toString(), "--save")
                .exitCode(), "a decided proposal is not replaced");
        assertTrue(cli.ok("deficit", "list", "halsoval").contains("; beslutat RS 2021-05-25 § 80 av demo, betalas i "
                + payIn));

        long run = runId(cli.ok("run", "halsoval", payIn.toString()));
        assertNotEquals(before, runs.find(run).orElseThrow().inputsFingerprint(), "the payments are run inputs");
        Map<String, BigDecimal> proposed = new TreeMap<>();
        saved.proposal().lines().forEach(l -> proposed.put(l.hsaId(), l.amount()));
        assertEquals(proposed, compensation(runs.lines(run)));
        List<RunWarning> remarks = runs.warnings(run).stream().filter(w -> w.code().equals("DECIDED_PAYMENT"))
                .toList();
        assertEquals(proposed.keySet(), remarks.stream().map(RunWarning::hsaId).collect(Collectors.toSet()));
        assertTrue(remarks.get(0).message().contains("underskottskompensation (Likvärdiga villkor) 2020, enligt beslut"
                + " RS 2021-05-25 § 80."), remarks.get(0).message());

        cli.ok("--user", "greta", "approve", Long.toString(run));
        long correction = runId(cli.ok("run", "halsoval", payIn.toString(), "--correction"));
        assertEquals(Map.of(), compensation(runs.lines(correction)), "a correction does not pay it again");
        Path exported = work.resolve("deficit-run.csv");
        cli.ok("export", Long.toString(run), "--format", "csv", "--out", exported.toString());
        assertEquals(proposed.size(), Files.readAllLines(exported, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(";DEFICIT_COMPENSATION;")).count());

        // PROPORTIONAL for 2021 takes the year's approved reimbursement, the compensation for 2020 left out:
        // |A| = 1 000 000 × each other unit's 2021 reimbursement / the region-run units'
        Map<String, BigDecimal> reimbursed = new TreeMap<>();
        runs.lines(run).stream().filter(l -> !l.component().equals(SavedDeficitProposal.COMPONENT))
                .forEach(l -> reimbursed.merge(l.hsaId(), l.amount(), BigDecimal::add));
        DeficitProposal proportional = deficits.propose("halsoval", 2021, new DeficitInputs(
                DistributionBasis.PROPORTIONAL, false, List.of(new Deviation(null, sourced("-1000000"),
                        sourced("0"), sourced("0"), sourced("0"), sourced("0")))));
        assertTrue(!proportional.lines().isEmpty());
        BigDecimal regionRun = proportional.groups().get(0).regionRunBasis();
        for (CompensationLine line : proportional.lines()) {
            assertEquals(0, reimbursed.get(line.hsaId()).compareTo(line.basis()), line.hsaId());
            assertEquals(new BigDecimal("1000000").multiply(line.basis()).divide(regionRun, 2,
                    RoundingMode.HALF_UP), line.amount(), line.hsaId());
        }
        BigDecimal allBasis = proportional.lines().stream().map(CompensationLine::basis).reduce(regionRun,
                BigDecimal::add);
        assertEquals(0, reimbursed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(allBasis),
                "every unit's reimbursement is someone's basis");
    }

    private static SourcedAmount sourced(String amount) {
        return new SourcedAmount(new BigDecimal(amount), "test");
    }

    /** An amount as the command line prints it, e.g. {@code 1 234,50 kr}. */
    private static String kronor(BigDecimal amount) {
        return String.format(SWEDISH, "%,.2f kr", amount).replace('\u2212', '-');
    }

    private static Map<String, BigDecimal> compensation(List<PaymentLine> lines) {
        return lines.stream().filter(l -> l.component().equals(SavedDeficitProposal.COMPONENT))
                .collect(Collectors.toMap(PaymentLine::hsaId, PaymentLine::amount, (a, b) -> {
                    throw new AssertionError("paid twice: " + a + " and " + b);
                }, TreeMap::new));
    }

    private static long runId(String output) {
        return Long.parseLong(output.substring("körning ".length(), output.indexOf(' ', "körning ".length())));
    }

    private static Path deficitInputs() throws Exception {
        Path inputs = work.resolve("deficit.json");
        Files.writeString(inputs, "{\"basis\":\"PER_LISTED\",\"perMunicipality\":false,\"deviations\":[{"
                + "\"result\":{\"amount\":-3000000,\"source\":\"ÅR 2020 not 4\"},"
                + "\"principalAssignment\":{\"amount\":500000,\"source\":\"RS 2021-05-25 § 80\"},"
                + "\"lastResort\":{\"amount\":300000,\"source\":\"bilaga 2\"},"
                + "\"specialCommitment\":{\"amount\":0,\"source\":\"-\"},"
                + "\"stateGrants\":{\"amount\":400000,\"source\":\"bilaga 3\"}}]}", StandardCharsets.UTF_8);
        return inputs;
    }

    private static BigDecimal sum(List<PaymentLine> lines, String component,
            Function<PaymentLine, BigDecimal> value) {
        return lines.stream().filter(l -> l.component().equals(component)).map(value).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static List<PaymentLine> separately(Rulebook rulebook) throws InterruptedException {
        CareChoice halsoval = new CareChoice("halsoval", "Hälsoval", "halsoval");
        ReimbursementModel model = CliRunner.service(ModelCatalog.class).model("halsoval").orElseThrow();
        return model.calculate(CliRunner.service(RunDataSource.class).open(halsoval, MONTH, rulebook.parameters()))
                .lines();
    }
}
