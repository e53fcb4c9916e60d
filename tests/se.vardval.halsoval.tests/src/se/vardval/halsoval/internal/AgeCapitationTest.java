package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.at;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.line;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.set;
import static se.vardval.halsoval.internal.Fixtures.text;
import static se.vardval.halsoval.internal.Fixtures.warnings;
import static se.vardval.halsoval.internal.Fixtures.weights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.Ages;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.halsoval.internal.ListedFacts.AgeOnDay;

class AgeCapitationTest {

    private static final YearMonth MARCH_2020 = YearMonth.of(2020, 3);

    /** Weight 1 for 0–4, 2 for 5–9, 1 elsewhere; 1 200 kr per point and year = 100 kr per point and month. */
    private static ObjectNode hundredPerPoint() {
        ObjectNode p = set(defaults(), "capitation.krPerPoint", "1200");
        return weights(p, "capitation.ageWeights", "1", 5, "2");
    }

    /**
     * Halsoval.md: "weights from 0.33 (10–14) to 2.21 (85–89); weight 1.0 = 2 453 kr/year, i.e. 816–5 429 kr".
     * 0.33 × 2 453 = 809.49 and 2.21 × 2 453 = 5 421.13, so the published kronor do not come from the two-decimal
     * weights: they come from the derivation tool's four-decimal weights (shown rounded to two decimals), with the
     * annual kronor rounded to whole kronor: 0.3327 × 2 453 = 816.1131 → 816 and 2.2132 × 2 453 = 5 428.9796 →
     * 5 429. The 2020 demo rulebook carries those weights.
     */
    @Test
    void publishedJamtlandFiguresComeFromFourDecimalWeights() throws Exception {
        JsonNode capitation = demoRulebook("rulebooks/halsoval-2020.json").get("parameters").get("capitation");
        BigDecimal kr = capitation.get("krPerPoint").decimalValue();
        BigDecimal youngest = weightOfBand(capitation, 10);
        BigDecimal oldest = weightOfBand(capitation, 85);
        assertEquals(kr("2453"), kr);
        assertEquals(kr("0.33"), youngest.setScale(2, RoundingMode.HALF_UP));
        assertEquals(kr("2.21"), oldest.setScale(2, RoundingMode.HALF_UP));
        assertEquals(kr("816"), youngest.multiply(kr).setScale(0, RoundingMode.HALF_UP));
        assertEquals(kr("5429"), oldest.multiply(kr).setScale(0, RoundingMode.HALF_UP));
        assertEquals(kr("809.49"), kr("0.33").multiply(kr));
        assertEquals(kr("5421.13"), kr("2.21").multiply(kr));
        for (JsonNode band : capitation.get("ageWeights")) {
            BigDecimal w = band.get("weight").decimalValue();
            assertEquals(true, w.compareTo(youngest) >= 0 && w.compareTo(oldest) <= 0, "weights span 0.33–2.21");
        }
    }

    @Test
    void oneListedPersonOfEachExtremeBandIsPaidATwelfthOfThePublishedAnnualAmount() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        String child = pnr(2008, 1, 1, 10);
        String old = pnr(1933, 1, 1, 10);
        TestInputs inputs = new TestInputs(MARCH_2020, parameters).unit("A").unit("B").listed(child, "A")
                .listed(old, "B");
        ModelResult result = run(inputs);
        // 816.1131 / 12 = 68.009425 and 5 428.9796 / 12 = 452.414966...
        assertEquals(kr("68.01"), amount(result, "A", AgeCapitation.CODE));
        assertEquals(kr("452.41"), amount(result, "B", AgeCapitation.CODE));
        PaymentLine a = line(result, "A", AgeCapitation.CODE);
        assertEquals(0, kr("0.3327").compareTo(a.basis()));
        assertEquals(0, kr("204.416667").compareTo(a.rate()), "2 453 / 12 shown with six decimals");
    }

    @Test
    void theLineIsRoundedOnceNotPerPerson() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        TestInputs inputs = new TestInputs(MARCH_2020, parameters).unit("A");
        for (int i = 0; i < 10; i++) {
            inputs.listed(pnr(2008, 1, 1 + i, 10), "A");
        }
        // 10 × 68.009425 = 680.09425 → 680.09; rounding each person first would give 10 × 68.01 = 680.10
        assertEquals(kr("680.09"), amount(run(inputs), "A", AgeCapitation.CODE));
    }

    @Test
    void aLineIsRoundedHalfUpToOre() {
        ObjectNode p = set(defaults(), "capitation.krPerPoint", "1.5");
        // 1 × 1.5 / 12 = 0.125 → 0.13 (half-even would give 0.12)
        TestInputs inputs = new TestInputs(MARCH_2020, p).unit("A").listed(pnr(1980, 5, 5, 10), "A");
        assertEquals(kr("0.13"), amount(run(inputs), "A", AgeCapitation.CODE));
    }

    @Test
    void aBirthdayOnTheListingDayCountsTheNewAge() {
        TestInputs inputs = new TestInputs(MARCH_2020, hundredPerPoint()).unit("A").unit("B")
                .listed(pnr(2015, 3, 1, 10), "A").listed(pnr(2015, 3, 2, 10), "B");
        ModelResult result = run(inputs);
        assertEquals(kr("200.00"), amount(result, "A", AgeCapitation.CODE), "5 years on 2020-03-01: band 5–9");
        assertEquals(kr("100.00"), amount(result, "B", AgeCapitation.CODE), "still 4 on 2020-03-01: band 0–4");
    }

    @Test
    void aTwentyNinthOfFebruaryBirthdayIsReachedOnTheFirstOfMarchInOtherYears() {
        String leapling = pnr(2016, 2, 29, 10);
        ObjectNode first = hundredPerPoint();
        ObjectNode lastOfFebruary = text(hundredPerPoint(), "listingDay", "LAST_OF_PREVIOUS_MONTH");
        YearMonth march2021 = YearMonth.of(2021, 3);
        assertEquals(kr("200.00"), amount(run(new TestInputs(march2021, first).unit("A").listed(leapling, "A")), "A",
                AgeCapitation.CODE), "2021-03-01: 5 years");
        assertEquals(kr("100.00"), amount(run(new TestInputs(march2021, lastOfFebruary).unit("A")
                .listed(leapling, "A")), "A", AgeCapitation.CODE), "2021-02-28: still 4");
    }

    @Test
    void theFastAgeMatchesTheCoreRuleOnEveryDayOfSeveralYears() {
        LocalDate[] births = { LocalDate.of(2016, 2, 29), LocalDate.of(2000, 3, 1), LocalDate.of(1999, 12, 31),
                LocalDate.of(1920, 1, 1) };
        for (LocalDate day = LocalDate.of(2019, 1, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
            for (LocalDate birth : births) {
                assertEquals(Ages.completedYears(birth, day), new AgeOnDay(day).age(birth), birth + " on " + day);
            }
        }
    }

    @Test
    void listingsEndingOrStartingMidMonthCountOnlyOnTheListingDay() {
        String person = pnr(1980, 5, 5, 10);
        ObjectNode first = hundredPerPoint();
        ObjectNode last = text(hundredPerPoint(), "listingDay", "LAST_OF_MONTH");
        for (ObjectNode p : new ObjectNode[] { first, last }) {
            TestInputs inputs = new TestInputs(MARCH_2020, p).unit("A").unit("B").resident(person)
                    .listing(person, "A", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 3, 15))
                    .listing(person, "B", LocalDate.of(2020, 3, 16), null);
            ModelResult result = run(inputs);
            boolean onFirst = p == first;
            assertEquals(onFirst ? kr("100.00") : null, amount(result, "A", AgeCapitation.CODE));
            assertEquals(onFirst ? null : kr("100.00"), amount(result, "B", AgeCapitation.CODE));
        }
        assertEquals(YearMonth.of(2020, 2).atEndOfMonth(),
                Fixtures.MODEL.listingDay(text(defaults(), "listingDay", "LAST_OF_PREVIOUS_MONTH"), MARCH_2020));
    }

    @Test
    void sexSpecificWeightsPayWomenAndMenTheirOwnWeight() {
        ObjectNode p = set(defaults(), "capitation.krPerPoint", "1200");
        Fixtures.bool(p, "capitation.sexSpecific", true);
        for (JsonNode band : at(p, "capitation").get("ageWeights")) {
            ((ObjectNode) band).put("weightF", kr("1.5")).put("weightM", kr("0.5"));
        }
        TestInputs inputs = new TestInputs(MARCH_2020, p).unit("A").unit("B").listed(pnr(1980, 5, 5, 20), "A")
                .listed(pnr(1980, 5, 5, 11), "B");
        ModelResult result = run(inputs);
        assertEquals(kr("150.00"), amount(result, "A", AgeCapitation.CODE), "a woman: 1.5 points");
        assertEquals(kr("50.00"), amount(result, "B", AgeCapitation.CODE), "a man: 0.5 points");
    }

    @Test
    void aListedPersonWithoutARecordIsPaidByThePersonnummerAndWarnedOf() {
        TestInputs inputs = new TestInputs(MARCH_2020, hundredPerPoint()).unit("A")
                .listing(pnr(2012, 6, 1, 10), "A").listed(pnr(1970, 1, 1, 10), "A");
        ModelResult result = run(inputs);
        assertEquals(kr("300.00"), amount(result, "A", AgeCapitation.CODE), "aged 7 by the personnummer (2 points) + 1 point");
        assertEquals(1, warnings(result, "PERSON_RECORD_MISSING").size());
        assertEquals("A", warnings(result, "PERSON_RECORD_MISSING").getFirst().hsaId());
    }

    @Test
    void unlistedResidentsBringNoCapitation() {
        TestInputs inputs = new TestInputs(MARCH_2020, hundredPerPoint()).unit("A").resident(pnr(1970, 1, 1, 10));
        assertNull(amount(run(inputs), "A", AgeCapitation.CODE));
    }

    private static BigDecimal weightOfBand(JsonNode capitation, int fromAge) {
        for (JsonNode band : capitation.get("ageWeights")) {
            if (band.get("fromAge").asInt() == fromAge) {
                return band.get("weight").decimalValue();
            }
        }
        throw new AssertionError("no band from " + fromAge);
    }
}
