package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;
import se.vardval.demo.DemoRegionGenerator;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.FollowUpTrend;
import se.vardval.followup.IndicatorDefinition;

/**
 * The command line on a generated region of 3 000 persons: {@code indicators} lists the imported indicators and
 * with {@code --compute} the computed ones; {@code publish} writes a page holding every unit that opens cleanly in
 * headless Chromium, with the small groups the service suppresses shown as suppressed.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PublishEndToEndTest {

    private static final YearMonth MONTH = YearMonth.of(2020, 12);

    @TempDir
    static Path work;

    private CliRunner cli;
    private FollowUpReport report;

    @BeforeAll
    void importRegion() throws Exception {
        cli = new CliRunner();
        Path files = Files.createDirectories(work.resolve("region"));
        new DemoRegionGenerator(11, 3_000).writeTo(files);
        cli.ok("care-choice", "halsoval", "--model", "halsoval", "--name", "Hälsoval");
        cli.ok("import", files.toString());
        report = CliRunner.service(FollowUp.class).report("halsoval", MONTH, true, FollowUp.DEFAULT_MINIMUM_COUNT);
    }

    @Test
    void indicatorsListsImportedAndWithComputeTheComputedOnes() throws Exception {
        String imported = cli.ok("indicators", "halsoval", MONTH.toString());
        List<String> head = imported.lines().limit(2).toList();
        assertTrue(head.get(0).matches("indikatorer halsoval " + MONTH + ": \\d+ enheter, minsta grupp 10"
                + " \\(\\* publiceras inte\\)"), head.get(0));
        assertEquals(String.format("%-26s %-20s %-4s %12s %12s %10s %8s", "enhet", "indikator", "kön", "täljare",
                "nämnare", "värde", "n"), head.get(1));
        assertTrue(imported.contains(" CARE_GUARANTEE_3 ") && imported.contains(" PHONE_ACCESS "), imported);
        assertTrue(imported.lines().anyMatch(l -> l.startsWith("region ") && l.contains("PHONE_ACCESS")), imported);
        assertFalse(imported.contains("CONTINUITY_DOCTOR"), imported);

        String computed = cli.ok("indicators", "halsoval", MONTH.toString(), "--compute");
        for (String code : new String[] { "CONTINUITY_DOCTOR", "CONTINUITY_NURSE", "COVERAGE" }) {
            assertTrue(computed.lines().anyMatch(l -> l.contains(" " + code + " ") && l.contains(" F ")), code);
        }
        assertTrue(computed.lines().anyMatch(l -> l.endsWith(" *")), "some groups are too small to publish");
    }

    @Test
    void publishedPageHoldsEveryUnitAndTheSuppressedValues() throws Exception {
        Path page = work.resolve("jamforelse.html");
        assertTrue(cli.ok("publish", "halsoval", MONTH.toString(), "--out", page.toString())
                .startsWith("skrev " + page + ": "));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertFalse(report.units().isEmpty());
        for (Unit unit : report.units()) {
            assertEquals(report.indicators().size(), html.split("data-hsa-id=\"" + unit.hsaId() + "\"").length - 1,
                    unit.name());
        }
        assertEquals(suppressedCells(), html.split("<td data-state=\"suppressed\">för få</td>").length - 1);
        assertTrue(suppressedCells() > 0);
    }

    @Test
    void publishedPageInHeadlessChromium() throws Exception {
        BrowserCheck browser = BrowserCheck.available();
        Path page = work.resolve("demo.html");
        cli.ok("publish", "halsoval", MONTH.toString(), "--out", page.toString());
        BrowserCheck.Result result = browser.check(page, "demo-comparison-page");
        ComparisonPageInBrowserTest.assertPassed(result, report);
        assertEquals(suppressedCells(), result.report().get("suppressed").asInt());
    }

    @Test
    void trendHoldsEachMonthsOwnReportComputedInOnePass() throws Exception {
        FollowUp followUp = CliRunner.service(FollowUp.class);
        FollowUpTrend trend = followUp.trend("halsoval", MONTH.minusMonths(2), MONTH, true,
                FollowUp.DEFAULT_MINIMUM_COUNT);
        assertEquals(List.of(MONTH.minusMonths(2), MONTH.minusMonths(1), MONTH),
                trend.months().stream().map(FollowUpReport::period).toList());
        for (FollowUpReport month : trend.months()) {
            FollowUpReport alone = followUp.report("halsoval", month.period(), true, FollowUp.DEFAULT_MINIMUM_COUNT);
            assertEquals(Set.copyOf(alone.values()), Set.copyOf(month.values()), month.period().toString());
        }
        String unit = report.units().get(0).hsaId();
        List<FollowUpTrend.Point> women = trend.series(unit, "CONTINUITY_DOCTOR", Sex.F);
        assertEquals(report.cell(unit, "CONTINUITY_DOCTOR", Sex.F), women.get(2).cell());
    }

    @Test
    void trendPrintsAUnitsMonthsBySexBesideTheRegion() throws Exception {
        String unit = report.units().get(0).hsaId();
        String out = cli.ok("trend", "halsoval", "PHONE_ACCESS", "2020-10", "2020-12", "--unit", unit);
        assertEquals(String.format("%-8s %10s %10s %10s %10s", "månad", "F", "M", "alla", "region"),
                out.lines().skip(1).findFirst().orElseThrow());
        List<String> rows = out.lines().filter(l -> l.startsWith("2020-")).toList();
        assertEquals(3, rows.size(), out);
        String[] december = rows.get(2).trim().split(" +");
        assertEquals(expected(report.cell(unit, "PHONE_ACCESS", Sex.F)), december[1], out);
        assertEquals(expected(report.cell(unit, "PHONE_ACCESS", null)), december[3], out);
        assertEquals(expected(report.cell(null, "PHONE_ACCESS", null)), december[4], out);
        assertEquals(1, cli.run("trend", "halsoval", "CONTINUITY_DOCTOR", "2020-10", "2020-12").exitCode(),
                "computed indicators need --compute");
        assertEquals(1, cli.run("trend", "halsoval", "PHONE_ACCESS", "2020-12", "2020-10").exitCode());
        assertEquals(1, cli.run("trend", "halsoval", "PHONE_ACCESS", "2017-01", "2020-12").exitCode());
    }

    private static String expected(Cell cell) {
        return switch (cell.state()) {
            case SHOWN -> cell.value().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                    .toPlainString().replace('.', ',');
            case SUPPRESSED -> "*";
            case MISSING -> "-";
        };
    }

    @Test
    void unknownVardvalOrTooSmallMinimumIsRefused() throws Exception {
        assertEquals(1, cli.run("publish", "nope", MONTH.toString()).exitCode());
        assertEquals(1, cli.run("indicators", "halsoval", MONTH.toString(), "--min-count", "0").exitCode());
        assertEquals(2, cli.run("publish", "halsoval", "2020-13").exitCode());
    }

    private long suppressedCells() {
        List<String> rows = new ArrayList<>(report.units().stream().map(Unit::hsaId).toList());
        rows.add(null);
        long cells = 0;
        for (IndicatorDefinition indicator : report.indicators()) {
            for (String hsaId : rows) {
                for (Sex sex : new Sex[] { Sex.F, Sex.M, null }) {
                    cells += report.cell(hsaId, indicator.code(), sex).state() == Cell.State.SUPPRESSED ? 1 : 0;
                }
            }
        }
        return cells;
    }
}
