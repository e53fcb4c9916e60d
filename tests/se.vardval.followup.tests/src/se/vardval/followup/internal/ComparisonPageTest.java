package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;
import se.vardval.core.domain.Unit;

/** The page's text: Swedish, self-contained, every unit in every table, small groups suppressed. */
class ComparisonPageTest {

    private final String html = new ComparisonPage(SampleReport.report(),
            Optional.of(Region.of(County.JAMTLAND, "232100-0214"))).html();

    @Test
    void selfContainedSwedishDocument() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"sv\">"));
        assertTrue(html.contains("<title>Jämför vårdenheterna i Hälsoval, mars 2020</title>"), html);
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find(), "no links out of the page");
        assertFalse(html.contains("<img"), "charts are inline SVG");
    }

    @Test
    void theRegionThatPublishesItOrTheRegionsUnitWhenNoneIsRegistered() {
        assertTrue(html.contains("<p>Uppföljning från Region Jämtland Härjedalen för mars 2020 av "), html);
        assertTrue(html.contains("Den är framtagen av vårdvalsenheten i Region Jämtland Härjedalen.</p>"), html);
        String unnamed = new ComparisonPage(SampleReport.report(), Optional.empty()).html();
        assertTrue(unnamed.contains("<p>Uppföljning för mars 2020 av "), unnamed);
        assertTrue(unnamed.contains("Den är framtagen av regionens vårdvalsenhet.</p>"), unnamed);
    }

    @Test
    void everyUnitInEveryTableWithItsNameEscaped() {
        int tables = SampleReport.report().indicators().size();
        assertEquals(tables, count("<caption>"));
        for (Unit unit : SampleReport.UNITS) {
            assertEquals(tables, count("data-hsa-id=\"" + unit.hsaId() + "\""), unit.name());
        }
        assertTrue(html.contains("<th scope=\"row\">Bräcke &amp; Gällö &lt;norra&gt;</th>"));
        assertFalse(html.contains("<norra>"));
    }

    @Test
    void valuesAreSwedishWithTheRegionalValue() {
        // Lugnvik's telephone accessibility 700/900 = 77.8 %; the region (7 units measured) 5 400 / 6 200 = 87.1 %
        assertTrue(html.contains("<td data-state=\"shown\">77,8\u00a0%</td>"), html);
        assertTrue(html.contains("Regionens värde: <strong>87,1\u00a0%</strong>"));
        // antibiotics per 1 000: 250/1800 → 138.9
        assertTrue(html.contains("138,9\u00a0per\u00a01\u00a0000"));
    }

    @Test
    void smallGroupsAndTheirOtherSexAreSuppressed() {
        Matcher hede = Pattern.compile("<tr data-hsa-id=\"SE2321000206-E2\"><th scope=\"row\">Hälsocentralen Hede"
                + "</th><td data-state=\"(\\w+)\">[^<]*</td><td data-state=\"(\\w+)\">[^<]*</td><td data-state=\"(\\w+)\">")
                .matcher(html.substring(html.indexOf("Kontinuitet hos läkare per vårdenhet")));
        assertTrue(hede.find());
        assertEquals("suppressed suppressed shown", hede.group(1) + " " + hede.group(2) + " " + hede.group(3));
        assertTrue(html.contains("<td data-state=\"suppressed\">för få</td>"));
        assertTrue(html.contains("<td data-state=\"missing\">saknas</td>"));
    }

    private int count(String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }
}
