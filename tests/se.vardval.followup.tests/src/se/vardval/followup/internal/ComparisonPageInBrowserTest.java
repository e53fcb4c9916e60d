package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;
import se.vardval.core.domain.Unit;
import se.vardval.followup.FollowUpReport;

/**
 * The sample page in headless Chromium: no console errors or outside requests, no axe-core violations, every unit
 * in every table and the suppressed values reading "för få".
 */
class ComparisonPageInBrowserTest {

    @TempDir
    Path work;

    @Test
    void rendersAccessiblyWithEveryUnitAndSuppressedValues() throws Exception {
        BrowserCheck browser = BrowserCheck.available();
        FollowUpReport report = SampleReport.report();
        Path page = work.resolve("jamforelse.html");
        Region jamtland = Region.of(County.JAMTLAND, "232100-0214");
        Files.writeString(page, new ComparisonPage(report, Optional.of(jamtland)).html(), StandardCharsets.UTF_8);

        BrowserCheck.Result result = browser.check(page, "sample-comparison-page");

        assertPassed(result, report);
        // Hede's continuity for women and men (6 men), Bräcke's continuity for women, men and everyone (6 persons)
        assertEquals(5, result.report().get("suppressed").asInt(), result.report().toString());
    }

    /** Asserts a clean run with every unit of the report in every table. */
    static void assertPassed(BrowserCheck.Result result, FollowUpReport report) {
        JsonNode facts = result.report();
        assertEquals(0, facts.get("consoleErrors").size(), facts.toString());
        assertEquals(0, facts.get("requests").size(), facts.toString());
        assertEquals(0, facts.get("violations").size(), facts.get("violations").toPrettyString());
        assertEquals(0, result.exitCode(), facts.toString());
        List<String> expected = new ArrayList<>();
        for (int table = 0; table < report.indicators().size(); table++) {
            report.units().stream().map(Unit::name).forEach(expected::add);
        }
        List<String> rows = new ArrayList<>();
        facts.get("units").forEach(unit -> rows.add(unit.asText()));
        assertEquals(expected, rows);
        assertTrue(facts.get("title").asText().startsWith("Jämför vårdenheterna i "));
    }
}
