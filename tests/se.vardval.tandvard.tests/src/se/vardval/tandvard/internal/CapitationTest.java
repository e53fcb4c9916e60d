package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.tandvard.internal.Fixtures.amount;
import static se.vardval.tandvard.internal.Fixtures.kr;
import static se.vardval.tandvard.internal.Fixtures.line;
import static se.vardval.tandvard.internal.Fixtures.pnr;
import static se.vardval.tandvard.internal.Fixtures.warnings;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Capitation in March 2025 (listing day 1 March) with the test rulebook of {@link Fixtures}. */
class CapitationTest {

    static final YearMonth MARCH = YearMonth.of(2025, 3);

    /**
     * Clinic A: a 4-year-old in AREA2 (1500 kr), a child turning 10 on the listing day in AREA3 (1900), an ickeval
     * 15-year-old in an area not in the table (default group 1: 1000), a 20-year-old and a 2-year-old (outside).
     */
    static TestInputs clinicA(TestInputs inputs, String hsaId) {
        return inputs.listed(pnr(2020, 6, 1, 10), hsaId, "AREA2").listed(pnr(2015, 3, 1, 20), hsaId, "AREA3")
                .resident(pnr(2010, 1, 15, 30), "XYZ").listing(pnr(2010, 1, 15, 30), hsaId, true)
                .listed(pnr(2005, 1, 1, 40), hsaId, "AREA2").listed(pnr(2023, 1, 1, 50), hsaId, "AREA2");
    }

    @Test
    void eachChildBringsTheAnnualAmountOfItsAgeGroupAndCareNeedGroupOverTwelve() {
        ModelResult result = Fixtures.run(clinicA(new TestInputs(MARCH, Fixtures.parameters()).unit("A"), "A"));
        // (1500 + 1900 + 1000) / 12 = 366.666… → 366.67; rate 4400 / 36 = 122.222222
        assertEquals(new PaymentLine("A", "CAPITATION", kr("3"), kr("122.222222"), kr("366.67")),
                line(result, "A", Capitation.CODE));
    }

    @Test
    void childrenOutsideTheAgeLimitsAndUnknownAreasAreReportedWithCountsPerClinic() {
        ModelResult result = Fixtures.run(clinicA(new TestInputs(MARCH, Fixtures.parameters()).unit("A"), "A"));
        List<RunWarning> outside = warnings(result, "AGE_OUTSIDE_LIMITS");
        assertEquals(1, outside.size());
        assertEquals("A", outside.getFirst().hsaId());
        assertEquals("Listade barn utanför åldersgränserna 3–19 den 2025-03-01: 2; de ger ingen kapitering.",
                outside.getFirst().message());
        List<RunWarning> unknown = warnings(result, "UNKNOWN_CARE_NEED_AREA");
        assertEquals(1, unknown.size());
        assertEquals("Listade barn utan områdeskod eller med en kod som saknas i förfrågningsunderlagets tabell över"
                + " vårdbehov: 1; de ersätts som vårdbehovsgrupp 1.", unknown.getFirst().message());
    }

    @Test
    void theDefaultCareNeedGroupIsTheRulebooks() {
        var p = Fixtures.parameters();
        ((ObjectNode) p.get("careNeed")).put("defaultGroup", 3);
        ModelResult result = Fixtures.run(new TestInputs(MARCH, p).unit("A").listed(pnr(2010, 1, 15, 30), "A",
                null));
        // 13–19, group 3: 1250 / 12 = 104.1666… → 104.17
        assertEquals(kr("104.17"), amount(result, "A", Capitation.CODE));
        assertEquals(1, warnings(result, "UNKNOWN_CARE_NEED_AREA").size());
    }

    @Test
    void aLineIsRoundedOnceNotPerChild() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.parameters()).unit("C");
        for (int i = 1; i <= 3; i++) {
            inputs.listed(pnr(2010, 1, i, 100 + i), "C", "UNMAPPED");
        }
        // 3 × 1000 / 12 = 250.00 exactly, where 3 × round(83.333…) would be 249.99
        assertEquals(kr("250.00"), amount(Fixtures.run(inputs), "C", Capitation.CODE));
    }

    @Test
    void aChildMissingFromTheRegisterIsPaidByThePersonnummerInTheDefaultGroup() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.parameters()).unit("A")
                .listing(pnr(2018, 5, 5, 60), "A", false);
        ModelResult result = Fixtures.run(inputs);
        // age 6, group 3–6, default group 1: 1200 / 12 = 100.00
        assertEquals(kr("100.00"), amount(result, "A", Capitation.CODE));
        assertEquals(1, warnings(result, "PERSON_RECORD_MISSING").size());
        assertEquals(1, warnings(result, "UNKNOWN_CARE_NEED_AREA").size());
    }

    @Test
    void anInvalidPersonnummerWithoutRecordIsNotPaidAndWarnedOf() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.parameters()).unit("A").listing("201813450001", "A",
                false);
        ModelResult result = Fixtures.run(inputs);
        assertNull(amount(result, "A", Capitation.CODE));
        assertEquals(1, warnings(result, "INVALID_PERSON_ID").size());
    }

    @Test
    void aClinicWithoutContractIsNotPaid() {
        ModelResult result = Fixtures.run(new TestInputs(MARCH, Fixtures.parameters()).unit("A")
                .listed(pnr(2020, 6, 1, 10), "X", "AREA2"));
        assertEquals(List.of(), result.lines());
        assertEquals("X", warnings(result, "UNIT_WITHOUT_CONTRACT").getFirst().hsaId());
    }
}
