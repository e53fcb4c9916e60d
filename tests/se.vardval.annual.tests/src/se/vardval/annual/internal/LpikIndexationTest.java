package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.annual.Indexation;
import se.vardval.annual.IndexationReport;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.AnnualRate;
import se.vardval.core.model.IndexRounding;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/**
 * LPIK indexation computed by hand: positive, zero and negative index, floor at zero, excluded rates, a draft
 * indexed again from last year's rates rather than raised twice, rates new this year kept, and the rulebook's own
 * rounding of indexed rates.
 */
class LpikIndexationTest {

    private static final List<AnnualRate> RATES = List.of(new AnnualRate("capitation.krPerPoint", 0),
            new AnnualRate("cni.krPerIndexPoint", 0), new AnnualRate("bands[1].krPerYear", 0),
            new AnnualRate("grant", 2));

    private final Rulebook draft = new Rulebook("hv", "m", 2025, RulebookStatus.DRAFT, null, json(
            "{\"capitation\":{\"krPerPoint\":2453},\"cni\":{\"krPerIndexPoint\":820},"
                    + "\"bands\":[{\"krPerYear\":0},{\"krPerYear\":1000}],\"grant\":1234.56,\"visit\":600}"));

    private final Rulebook lastYear = new Rulebook("hv", "m", 2024, RulebookStatus.DECIDED, "RS 2023-11-20 § 98",
            draft.parameters().deepCopy());

    @Test
    void anIndexOfMinusAHundredPerCentOrBelowIsRefused() {
        assertEquals("LPIK måste vara över -100 %, inte -200 (skriv indexet i procent, t.ex. 2,3)",
                assertThrows(UserError.class, () -> new Indexation(new BigDecimal("-200"), false, Set.of()))
                        .getMessage());
        assertThrows(UserError.class, () -> new Indexation(new BigDecimal("-100"), true, Set.of()));
        assertTrue(new Indexation(new BigDecimal("-99.9"), true, Set.of()).floored());
    }

    @Test
    void positiveLpikRaisesEveryRateToItsDecimals() {
        IndexationReport report = LpikIndexation.apply(draft, lastYear, RATES,
                new Indexation(new BigDecimal("2.3"), true, Set.of()));
        // 2453 × 1.023 = 2509.419 → 2509; 820 × 1.023 = 838.86 → 839; 1000 × 1.023 = 1023;
        // 1234.56 × 1.023 = 1262.95488 → 1262.95 (two decimals declared)
        assertEquals(new BigDecimal("1.023"), report.factor());
        assertRate(report, "capitation.krPerPoint", "2453", "2509");
        assertRate(report, "cni.krPerIndexPoint", "820", "839");
        assertRate(report, "bands[1].krPerYear", "1000", "1023");
        assertRate(report, "grant", "1234.56", "1262.95");
        assertEquals(0, new BigDecimal("600").compareTo(report.rulebook().parameters().get("visit").decimalValue()),
                "a rate the model does not declare annual is left alone");
        assertEquals(0, new BigDecimal("2509").compareTo(
                report.rulebook().parameters().get("capitation").get("krPerPoint").decimalValue()));
        assertEquals(0, new BigDecimal("2453").compareTo(
                draft.parameters().get("capitation").get("krPerPoint").decimalValue()), "the input is not changed");
    }

    @Test
    void zeroLpikLeavesRatesAsTheyAre() {
        IndexationReport report = LpikIndexation.apply(draft, lastYear, RATES,
                new Indexation(BigDecimal.ZERO, false, Set.of()));
        assertRate(report, "capitation.krPerPoint", "2453", "2453");
        assertRate(report, "grant", "1234.56", "1234.56");
    }

    @Test
    void negativeLpikFlooredAtZeroLeavesFixedRatesUnchangedAsIn2025() {
        IndexationReport report = LpikIndexation.apply(draft, lastYear, RATES,
                new Indexation(new BigDecimal("-0.4"), true, Set.of()));
        assertEquals(BigDecimal.ONE, report.factor());
        assertRate(report, "capitation.krPerPoint", "2453", "2453");
        assertTrue(new Indexation(new BigDecimal("-0.4"), true, Set.of()).floored());
        assertFalse(new Indexation(new BigDecimal("-0.4"), false, Set.of()).floored());
        assertFalse(new Indexation(new BigDecimal("0.4"), true, Set.of()).floored());
    }

    @Test
    void negativeLpikWithoutFloorLowersRates() {
        IndexationReport report = LpikIndexation.apply(draft, lastYear, RATES,
                new Indexation(new BigDecimal("-0.4"), false, Set.of()));
        // 2453 × 0.996 = 2443.188 → 2443; 820 × 0.996 = 816.72 → 817
        assertRate(report, "capitation.krPerPoint", "2453", "2443");
        assertRate(report, "cni.krPerIndexPoint", "820", "817");
    }

    @Test
    void excludedRatesByPathOrPrefixAreReportedAndLeftAlone() {
        IndexationReport report = LpikIndexation.apply(draft, lastYear, RATES,
                new Indexation(new BigDecimal("2.3"), true, Set.of("cni.krPerIndexPoint", "bands")));
        assertRate(report, "cni.krPerIndexPoint", "820", "820");
        assertRate(report, "bands[1].krPerYear", "1000", "1000");
        assertRate(report, "capitation.krPerPoint", "2453", "2509");
    }

    @Test
    void aDraftIndexedAgainGetsLastYearsRatesRaisedOnceNotTwice() {
        Indexation lpik = new Indexation(new BigDecimal("2.3"), true, Set.of("grant"));
        Rulebook once = LpikIndexation.apply(draft, lastYear, RATES, lpik).rulebook();

        IndexationReport again = LpikIndexation.apply(once, lastYear, RATES, lpik);

        assertRate(again, "capitation.krPerPoint", "2453", "2509");
        assertRate(again, "cni.krPerIndexPoint", "820", "839");
        assertRate(again, "grant", "1234.56", "1234.56");
        Rulebook olderWithout = new Rulebook("hv", "m", 2024, RulebookStatus.DECIDED, "x", json(
                "{\"capitation\":{\"krPerPoint\":2400}}"));
        IndexationReport fromOlder = LpikIndexation.apply(draft, olderWithout, RATES, lpik);
        assertRate(fromOlder, "capitation.krPerPoint", "2400", "2455"); // 2400 × 1.023 = 2455.2
        assertRate(fromOlder, "cni.krPerIndexPoint", "820", "820"); // not in last year's: new this year, kept
        assertTrue(fromOlder.rates().stream().filter(r -> r.path().equals("cni.krPerIndexPoint")).findFirst()
                .orElseThrow().newThisYear());
        IndexationReport olderAgain = LpikIndexation.apply(fromOlder.rulebook(), olderWithout, RATES, lpik);
        assertRate(olderAgain, "cni.krPerIndexPoint", "820", "820"); // and not raised by indexing again
        IndexationReport floored = LpikIndexation.apply(once, lastYear, RATES,
                new Indexation(new BigDecimal("-0.4"), true, Set.of()));
        assertRate(floored, "capitation.krPerPoint", "2453", "2453"); // back to last year's, not the draft's 2509
    }

    @Test
    void aListRowWhoseOtherFieldsChangedSinceLastYearIsNewThisYear() {
        List<AnnualRate> bands = List.of(new AnnualRate("sparsity.bands[0].krPerYear", 0),
                new AnnualRate("sparsity.bands[1].krPerYear", 0), new AnnualRate("targets[0].krPerListedPerYear", 0),
                new AnnualRate("targets[1].krPerListedPerYear", 0));
        Rulebook byDistance = new Rulebook("hv", "m", 2020, RulebookStatus.DECIDED, "x", json(
                "{\"sparsity\":{\"bands\":[{\"fromKm\":0,\"toKm\":30,\"krPerYear\":0},"
                        + "{\"fromKm\":30,\"toKm\":null,\"krPerYear\":300}]},"
                        + "\"targets\":[{\"indicator\":\"CARE_GUARANTEE_3\",\"krPerListedPerYear\":50},"
                        + "{\"indicator\":\"PHONE_ACCESS\",\"krPerListedPerYear\":20}]}"));
        Rulebook byPopulation = new Rulebook("hv", "m", 2021, RulebookStatus.DRAFT, null, json(
                "{\"sparsity\":{\"bands\":[{\"maxPopulation\":4000,\"krPerYear\":1200000},"
                        + "{\"maxPopulation\":8000,\"krPerYear\":800000}]},"
                        + "\"targets\":[{\"indicator\":\"CARE_GUARANTEE_3\",\"krPerListedPerYear\":50.0},"
                        + "{\"indicator\":\"CONTINUITY_DOCTOR\",\"krPerListedPerYear\":100}]}"));

        IndexationReport report = LpikIndexation.apply(byPopulation, byDistance, bands,
                new Indexation(new BigDecimal("2.37"), true, Set.of()));

        // 2020's bands were by distance: 2021's by population are decided in 2021's money, not 300 × 1.0237
        assertRate(report, "sparsity.bands[0].krPerYear", "1200000", "1200000");
        assertRate(report, "sparsity.bands[1].krPerYear", "800000", "800000");
        assertRate(report, "targets[0].krPerListedPerYear", "50", "51"); // the same target: 50 × 1.0237 = 51.185
        assertRate(report, "targets[1].krPerListedPerYear", "100", "100"); // another indicator than last year's
        assertEquals(List.of("sparsity.bands[0].krPerYear", "sparsity.bands[1].krPerYear",
                "targets[1].krPerListedPerYear"), report.rates().stream().filter(r -> r.newThisYear())
                        .map(r -> r.path()).toList());
    }

    @Test
    void theRulebooksIndexRoundingOverridesTheModelsDecimalsTheLongestPathWinning() {
        JsonNode parameters = draft.parameters().deepCopy();
        ((ObjectNode) parameters).set(IndexRounding.KEY,
                json("{\"cni.krPerIndexPoint\": 2, \"bands\": 1, \"grant\": 0}"));
        Rulebook rounded = new Rulebook("hv", "m", 2025, RulebookStatus.DRAFT, null, parameters);

        IndexationReport report = LpikIndexation.apply(rounded, lastYear, RATES,
                new Indexation(new BigDecimal("2.37"), true, Set.of()));

        // factor 1.0237: 2453 × 1.0237 = 2511.1361 → 2511 (the model's whole kronor); 820 × 1.0237 = 839.434 → 839.43;
        // 1000 × 1.0237 = 1023.7 (one decimal for bands); 1234.56 × 1.0237 = 1263.819... → 1264 (whole kronor)
        assertRate(report, "capitation.krPerPoint", "2453", "2511");
        assertRate(report, "cni.krPerIndexPoint", "820", "839.43");
        assertRate(report, "bands[1].krPerYear", "1000", "1023.7");
        assertRate(report, "grant", "1234.56", "1264");
    }

    @Test
    void anIndexRoundingOfNoAnnualRateIsRefused() {
        JsonNode parameters = draft.parameters().deepCopy();
        ((ObjectNode) parameters).set(IndexRounding.KEY, json("{\"cni.krPerIndexpoint\": 2}"));
        Rulebook typo = new Rulebook("hv", "m", 2025, RulebookStatus.DRAFT, null, parameters);

        UserError error = assertThrows(UserError.class, () -> LpikIndexation.apply(typo, lastYear, RATES,
                new Indexation(new BigDecimal("2.3"), true, Set.of())));

        assertEquals("indexRounding.cni.krPerIndexpoint: ingen årlig ersättning i förfrågningsunderlaget heter så;"
                + " de indexerade är capitation.krPerPoint, cni.krPerIndexPoint, bands[1].krPerYear, grant",
                error.getMessage());
    }

    private static void assertRate(IndexationReport report, String path, String before, String after) {
        var rate = report.rates().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal(before).compareTo(rate.before()), path + " before");
        assertEquals(0, new BigDecimal(after).compareTo(rate.after()), path + " after " + rate.after());
        assertEquals(0, new BigDecimal(after).compareTo(ParameterPaths.get(report.rulebook().parameters(), path)
                .decimalValue()), path + " in the indexed draft");
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
