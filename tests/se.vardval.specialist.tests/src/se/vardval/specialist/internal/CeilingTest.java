package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.specialist.internal.Fixtures.P1;
import static se.vardval.specialist.internal.Fixtures.amount;
import static se.vardval.specialist.internal.Fixtures.kr;
import static se.vardval.specialist.internal.Fixtures.line;
import static se.vardval.specialist.internal.Fixtures.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/**
 * CEILING: provider A (units U1 and U2) has a ceiling of 1 000 000 kr a year, paid at 40 % above it; its April
 * production is 5 × 10 000 at U1 and 3 × 10 000 at U2.
 */
class CeilingTest {

    private static final YearMonth APRIL = YearMonth.of(2025, 4);

    private static TestInputs april() {
        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("visitPrices").get(1)).put("kr", 10000);
        ((ObjectNode) p.get("ceiling")).put("annualAmount", 1000000).put("ratePercent", 40);
        TestInputs inputs = new TestInputs(APRIL, p).unit("U1").unit("U2")
                .unit("U3", TestInputs.PROVIDER_B, TestInputs.LONG_AGO, null);
        for (int i = 0; i < 5; i++) {
            inputs.visit(P1, "U1", LocalDate.of(2025, 4, 1 + i), Map.of("visit", "RETURN"));
        }
        for (int i = 0; i < 3; i++) {
            inputs.visit(P1, "U2", LocalDate.of(2025, 4, 1 + i), Map.of("visit", "RETURN"));
        }
        return inputs.visit(P1, "U3", LocalDate.of(2025, 4, 1), Map.of("visit", "RETURN"));
    }

    @Test
    void theMonthThatCrossesTheCeilingIsReducedOnlyAboveItSharedByTheUnitsProduction() {
        ModelResult result = run(april()
                .approved(YearMonth.of(2025, 1), "U1", "VISITS", "600000")
                .approved(YearMonth.of(2025, 2), "U2", "DRG", "300000")
                .approved(YearMonth.of(2025, 3), "U2", "EPISODE", "50000")
                .approved(YearMonth.of(2025, 3), "U2", "VALUE_BASED", "20000")
                .approved(YearMonth.of(2025, 3), "U1", "TARGET_WAIT_90", "7000")
                .approved(YearMonth.of(2024, 12), "U1", "VISITS", "900000")
                .approved(YearMonth.of(2025, 3), "U3", "VISITS", "990000"));

        // earlier production of A in 2025: 600 000 + 300 000 + 50 000 = 950 000; April 80 000 → 30 000 above;
        // shared 50:30 → U1 18 750, U2 11 250; paid at 40 %, so 60 % of each is deducted
        PaymentLine u1 = line(result, "U1", "CEILING");
        assertEquals(kr("-11250.00"), u1.amount());
        assertEquals(kr("18750"), u1.basis());
        assertEquals(kr("-0.6"), u1.rate());
        assertEquals(kr("-6750.00"), amount(result, "U2", "CEILING"));
        assertEquals(kr("50000.00"), amount(result, "U1", "VISITS"));
        // provider B: 990 000 + 10 000 reaches its ceiling exactly and nothing is above it
        assertNull(line(result, "U3", "CEILING"));
    }

    @Test
    void aMonthWhollyAboveTheCeilingIsReducedWhole() {
        ModelResult result = run(april().approved(YearMonth.of(2025, 3), "U1", "DRG", "1000000.01"));

        assertEquals(kr("-30000.00"), amount(result, "U1", "CEILING"));
        assertEquals(kr("-18000.00"), amount(result, "U2", "CEILING"));
    }

    @Test
    void aMonthUnderTheCeilingIsNotReducedAndJanuaryStartsTheYearAfresh() {
        assertNull(line(run(april().approved(YearMonth.of(2025, 3), "U1", "DRG", "920000")), "U1", "CEILING"));

        ObjectNode p = Fixtures.parameters();
        ((ObjectNode) p.get("ceiling")).put("annualAmount", 500).put("ratePercent", 0);
        ModelResult january = run(new TestInputs(YearMonth.of(2025, 1), p).unit("U1")
                .approved(YearMonth.of(2024, 12), "U1", "VISITS", "900000")
                .visit(P1, "U1", LocalDate.of(2025, 1, 8), Map.of("visit", "RETURN"))
                .visit(P1, "U1", LocalDate.of(2025, 1, 9), Map.of("visit", "RETURN")));
        // 1 200 kr of production, 700 above the 500 ceiling, paid at 0 %
        assertEquals(kr("-700.00"), amount(january, "U1", "CEILING"));
    }

    @Test
    void earlierMonthsWithoutAnApprovedRunAreAWarningOfTheProductionTheCeilingLeavesOut() {
        ModelResult result = run(april().approved(YearMonth.of(2025, 2), "U1", "DRG", "920000"));

        assertEquals(List.of("Takbeloppet räknar bara med attesterad produktion under 2025; ingen körning är "
                + "attesterad för 2025-01, 2025-03, så produktionen då är inte medräknad. När de har attesterats: "
                + "beräkna 2025-04 igen, eller korrigera den om den redan är attesterad, så betalas skillnaden."), result.warnings().stream()
                        .filter(w -> w.code().equals("CEILING_MONTH_NOT_APPROVED")).map(RunWarning::message).toList());
        assertEquals(List.of(), run(april().approved(YearMonth.of(2025, 1), "U1", "DRG", "1")
                .approved(YearMonth.of(2025, 2), "U1", "DRG", "1").approved(YearMonth.of(2025, 3), "U1", "DRG", "1"))
                .warnings().stream().filter(w -> w.code().equals("CEILING_MONTH_NOT_APPROVED")).toList());
    }

    @Test
    void sharesAreWholeOreByLargestRemainderTiesByHsaId() {
        assertEquals(Map.of("A", kr("0.04"), "B", kr("0.03"), "C", kr("0.03")), CeilingSplit.share(kr("0.10"),
                Map.of("C", BigDecimal.ONE, "B", BigDecimal.ONE, "A", BigDecimal.ONE)));
        assertEquals(Map.of("A", kr("0.67"), "B", kr("0.33")), CeilingSplit.share(kr("1.00"),
                Map.of("A", kr("2"), "B", kr("1"))));
    }
}
