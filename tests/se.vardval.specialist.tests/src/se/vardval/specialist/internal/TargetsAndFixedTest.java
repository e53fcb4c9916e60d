package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.specialist.internal.Fixtures.P1;
import static se.vardval.specialist.internal.Fixtures.amount;
import static se.vardval.specialist.internal.Fixtures.kr;
import static se.vardval.specialist.internal.Fixtures.line;
import static se.vardval.specialist.internal.Fixtures.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.CodeKind;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/**
 * TARGET_WAIT_90 (2 % of production when at least 0.8), explained and warned of under its indicator's name, and
 * FIXED (the ANSLAG grant / 12).
 */
class TargetsAndFixedTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    /** Names WAIT_90 and no other code. */
    private static final CodeNames WAIT_90_NAMED = (kind, code) -> kind == CodeKind.INDICATOR
            && code.equals("WAIT_90") ? Optional.of("Väntetid inom 90 dagar") : Optional.empty();

    @Test
    void aMetTargetPaysItsPercentOfTheUnitsProductionOfTheMonth() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters()).unit("U1").unit("U2").unit("U3")
                .visit(P1, "U1", DAY, Map.of("visit", "NEW", "referral", "R1"))
                .visit(P1, "U1", DAY, Map.of("visit", "RETURN"))
                .visit(P1, "U1", DAY, Map.of("drg", "102O"))
                .visit(P1, "U2", DAY, Map.of("visit", "RETURN"))
                .visit(P1, "U3", DAY, Map.of("visit", "RETURN"))
                .indicator("U1", "WAIT_90", "80", "100")
                .indicator("U2", "WAIT_90", "79", "100"));

        // U1: 839 + 600 + 32 508.42 = 33 947.42 of production, exactly on the target 0.8; 2 % = 678.9484
        PaymentLine target = line(result, "U1", "TARGET_WAIT_90");
        assertEquals(kr("678.95"), target.amount());
        assertEquals(kr("33947.42"), target.basis());
        assertEquals(kr("0.02"), target.rate());
        assertNull(line(result, "U2", "TARGET_WAIT_90"), "0.79 is below the target");
        assertEquals(List.of(new RunWarning("U3", "INDICATOR_MISSING", "Inget värde för indikatorn WAIT_90, kvinnor och"
                + " män tillsammans, för 2025-03: målet ger ingen ersättning.")), missing(result),
                "a code that the region's data does not name stays a code");
    }

    @Test
    void theWarningNamesTheIndicatorAsTheRegionsDataNamesItWithItsCode() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", DAY, Map.of("visit", "RETURN")).named(WAIT_90_NAMED));

        assertEquals(List.of(new RunWarning("U1", "INDICATOR_MISSING", "Inget värde för indikatorn Väntetid inom 90"
                + " dagar (WAIT_90), kvinnor och män tillsammans, för 2025-03: målet ger ingen ersättning.")),
                missing(result));
    }

    @Test
    void aTargetIsExplainedUnderItsIndicatorsNameWhereTheRegionsDataNamesIt() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", DAY, Map.of("visit", "RETURN")).indicator("U1", "WAIT_90", "80", "100");

        Explanation unit = Fixtures.MODEL.explain(inputs, new ExplainRequest("U1", null, null, null, WAIT_90_NAMED));
        Explanation target = Fixtures.MODEL.explain(inputs,
                new ExplainRequest("U1", "TARGET_WAIT_90", null, null, WAIT_90_NAMED));

        String named = "Målrelaterad ersättning Väntetid inom 90 dagar (TARGET_WAIT_90)";
        assertTrue(unit.rows().stream().anyMatch(row -> row.getFirst().equals(named)), unit.rows().toString());
        assertTrue(target.summary().startsWith(named + " vid U1 i 2025-03: "), target.summary());
        assertEquals("Väntetid inom 90 dagar", target.rows().getFirst().getFirst());
    }

    @Test
    void theFixedGrantIsATwelfthOfTheContractsAnnualAmountPaidOnce() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters()).unit("U1").unit("U2")
                .supplementary("U1", "ANSLAG", "1000001")
                .supplementary("U2", "JOUR", "120000"));

        assertEquals(kr("83333.42"), amount(result, "U1", "FIXED"));
        assertNull(line(result, "U2", "FIXED"), "another tilläggsuppdrag is no grant");
        ModelResult without = run(new TestInputs(MARCH, Fixtures.parameters().put("fixedGrantCode", "")).unit("U1")
                .supplementary("U1", "ANSLAG", "1000001"));
        assertEquals(List.of(), without.lines());
    }

    /** The run's warnings of a unit without a value of its target's indicator. */
    private static List<RunWarning> missing(ModelResult result) {
        return result.warnings().stream().filter(w -> w.code().equals("INDICATOR_MISSING")).toList();
    }
}
