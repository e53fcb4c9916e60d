package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.MODEL;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.warnings;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.CodeKind;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.RunWarning;

class TargetsTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    private static Indicator value(String hsaId, String indicator, Sex sex, String numerator, String denominator) {
        return new Indicator(hsaId, MARCH, indicator, sex, kr(numerator), kr(denominator));
    }

    @Test
    void targetsPayPerListedWhenMetAndWarnWhenTheValueIsMissing() {
        ObjectNode p = defaults();
        p.putArray("targets").addObject().put("indicator", "ACCESS_3DAYS").put("threshold", kr("0.85"))
                .put("comparison", "AT_LEAST").put("krPerListedPerYear", kr("120"));
        ((ArrayNode) p.get("targets")).addObject().put("indicator", "ANTIBIOTICS")
                .put("threshold", kr("0.3")).put("comparison", "AT_MOST").put("krPerListedPerYear", kr("240"));
        TestInputs inputs = new TestInputs(MARCH, p).unit("A").unit("B").unit("C").unit("D").unit("E");
        for (int i = 0; i < 3; i++) {
            inputs.listed(pnr(1980, 1, 1 + i, 10), "A");
        }
        inputs.listed(pnr(1981, 1, 1, 10), "B").listed(pnr(1981, 1, 2, 10), "B").listed(pnr(1982, 1, 1, 10), "C")
                .listed(pnr(1983, 1, 1, 10), "D").listed(pnr(1984, 1, 1, 10), "E")
                .indicator(value("A", "ACCESS_3DAYS", null, "85", "100"))
                .indicator(value("A", "ANTIBIOTICS", null, "25", "100"))
                .indicator(value("B", "ACCESS_3DAYS", null, "84", "100"))
                .indicator(value("B", "ANTIBIOTICS", null, "31", "100"))
                .indicator(value("D", "ACCESS_3DAYS", Sex.F, "99", "100"))
                .indicator(value("E", "ACCESS_3DAYS", null, "0", "0"));
        ModelResult result = run(inputs);
        assertEquals(kr("30.00"), amount(result, "A", "TARGET_ACCESS_3DAYS"), "0.85 meets AT_LEAST 0.85: 3 × 10");
        assertEquals(kr("60.00"), amount(result, "A", "TARGET_ANTIBIOTICS"), "0.25 ≤ 0.3: 3 × 20");
        assertNull(amount(result, "B", "TARGET_ACCESS_3DAYS"), "0.84 < 0.85");
        assertNull(amount(result, "B", "TARGET_ANTIBIOTICS"), "0.31 > 0.3");
        assertNull(amount(result, "D", "TARGET_ACCESS_3DAYS"), "only a value for women");
        assertEquals(List.of("C", "C", "D", "D", "E"),
                warnings(result, "INDICATOR_MISSING").stream().map(RunWarning::hsaId).toList());
        assertEquals(List.of(missing("ACCESS_3DAYS"), missing("ANTIBIOTICS")), warnings(result, "INDICATOR_MISSING")
                .stream().filter(w -> w.hsaId().equals("C")).map(RunWarning::message).sorted().toList(),
                "a code that the region's data does not name stays a code");
        assertEquals(List.of(new RunWarning("E", "INDICATOR_UNDEFINED", "Indikatorn ACCESS_3DAYS har nämnaren 0 för"
                + " 2020-03: målet ger ingen ersättning.")), warnings(result, "INDICATOR_UNDEFINED"));
    }

    @Test
    void theWarningsNameTheIndicatorAsTheRegionsDataNamesItWithItsCode() {
        ObjectNode p = defaults();
        p.putArray("targets").addObject().put("indicator", "CARE_GUARANTEE_3").put("threshold", kr("0.85"))
                .put("comparison", "AT_LEAST").put("krPerListedPerYear", kr("60"));
        TestInputs inputs = new TestInputs(MARCH, p).unit("A").unit("B").listed(pnr(1980, 1, 1, 10), "A")
                .listed(pnr(1981, 1, 1, 10), "B").indicator(value("B", "CARE_GUARANTEE_3", null, "0", "0"))
                .named(careGuaranteeNamed());

        ModelResult result = run(inputs);

        String named = "Medicinsk bedömning inom 3 dagar (3:an) (CARE_GUARANTEE_3)";
        assertEquals(List.of(new RunWarning("A", "INDICATOR_MISSING", "Inget värde för indikatorn " + named
                + ", kvinnor och män tillsammans, för 2020-03: målet ger ingen ersättning.")),
                warnings(result, "INDICATOR_MISSING"));
        assertEquals(List.of(new RunWarning("B", "INDICATOR_UNDEFINED", "Indikatorn " + named
                + " har nämnaren 0 för 2020-03: målet ger ingen ersättning.")),
                warnings(result, "INDICATOR_UNDEFINED"));
    }

    /** The warning of a unit without a value of an indicator that the region's data does not name. */
    private static String missing(String indicator) {
        return "Inget värde för indikatorn " + indicator + ", kvinnor och män tillsammans, för 2020-03: målet ger"
                + " ingen ersättning.";
    }

    /** Names CARE_GUARANTEE_3 as the follow-up's catalogue does, and no other code. */
    private static CodeNames careGuaranteeNamed() {
        return (kind, code) -> kind == CodeKind.INDICATOR && code.equals("CARE_GUARANTEE_3")
                ? Optional.of("Medicinsk bedömning inom 3 dagar (3:an)") : Optional.empty();
    }

    @Test
    void theExplanationShowsTheIndicatorsValueToFourDecimals() {
        TestInputs inputs = unitAWithTheCareGuaranteeTarget();

        Explanation e = MODEL.explain(inputs, new ExplainRequest("A", "TARGET_CARE_GUARANTEE_3", null));

        assertEquals(List.of("CARE_GUARANTEE_3", "214", "223", "0.9596", "≥ 0,85", "ja", "1"), e.rows().getFirst());
    }

    @Test
    void theExplanationNamesTheIndicatorAsTheRegionsDataNamesIt() {
        TestInputs inputs = unitAWithTheCareGuaranteeTarget();

        Explanation e = MODEL.explain(inputs, new ExplainRequest("A", "TARGET_CARE_GUARANTEE_3", null, null,
                careGuaranteeNamed()));

        assertTrue(e.summary().startsWith("Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)"
                + " (TARGET_CARE_GUARANTEE_3) vid A i 2020-03: "), e.summary());
        assertEquals("Medicinsk bedömning inom 3 dagar (3:an)", e.rows().getFirst().getFirst());
    }

    /** Unit A with one listed person and a 3:an value of 214 of 223, under a 0.85 target of 60 kr a year. */
    private static TestInputs unitAWithTheCareGuaranteeTarget() {
        ObjectNode p = defaults();
        p.putArray("targets").addObject().put("indicator", "CARE_GUARANTEE_3").put("threshold", kr("0.85"))
                .put("comparison", "AT_LEAST").put("krPerListedPerYear", kr("60"));
        return new TestInputs(MARCH, p).unit("A").listed(pnr(1980, 1, 1, 10), "A")
                .indicator(value("A", "CARE_GUARANTEE_3", null, "214", "223"));
    }
}
