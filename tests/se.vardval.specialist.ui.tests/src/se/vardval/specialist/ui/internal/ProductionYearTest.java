package se.vardval.specialist.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.PaymentLine;
import se.vardval.specialist.ui.internal.ProductionYear.ProviderYear;

/** The year's production per provider from the runs: approved months with their corrections, else the newest run. */
class ProductionYearTest {

    private static PaymentRun run(long id, int month, RunState state, Long corrects) {
        return new PaymentRun(id, "hud", YearMonth.of(2020, month), 2020, state, "f", null, "demo", Instant.EPOCH,
                null, null, corrects, BigDecimal.ZERO);
    }

    private static PaymentLine line(String hsaId, String component, String amount) {
        return new PaymentLine(hsaId, component, BigDecimal.ONE, new BigDecimal(amount), new BigDecimal(amount));
    }

    @Test
    void approvedMonthsCountWithTheirApprovedCorrectionsAndOtherMonthsTheirNewestRun() {
        // newest first, as the run store lists them
        List<PaymentRun> runs = List.of(run(6, 3, RunState.CALCULATED, null), run(5, 3, RunState.CALCULATED, null),
                run(4, 1, RunState.CALCULATED, 1L), run(3, 1, RunState.APPROVED, 1L), run(2, 1, RunState.CALCULATED,
                        null), run(1, 1, RunState.APPROVED, null));
        Map<Long, List<PaymentLine>> lines = Map.of(
                1L, List.of(line("H1", "VISITS", "1000"), line("H2", "DRG", "500"), line("H1", "VALUE_BASED", "70")),
                2L, List.of(line("H1", "VISITS", "99999")),
                3L, List.of(line("H1", "VISITS", "-100")),
                4L, List.of(line("H1", "VISITS", "99999")),
                5L, List.of(line("H1", "VISITS", "99999")),
                6L, List.of(line("H1", "VISITS", "3000"), line("H1", "CEILING", "-400"), line("B1", "EPISODE",
                        "200")));

        ProductionYear year = ProductionYear.of(YearMonth.of(2020, 12), runs, lines::get, Map.of("H1", "A", "H2", "A", "B1", "B"),
                Map.of("A", "Hud AB"));

        assertEquals(List.of(1), year.approvedMonths());
        assertEquals(List.of(3), year.calculatedMonths());
        ProviderYear a = year.providers().get(0);
        assertEquals("Hud AB", a.name());
        assertEquals(new BigDecimal("1400"), a.cumulated(1), "1 000 + 500 − 100, value-based is no production");
        assertEquals(new BigDecimal("4400"), a.totalProduction());
        assertEquals(new BigDecimal("-400"), a.totalReduction());
        assertEquals(new BigDecimal("400"), a.above(new BigDecimal("4000")));
        assertEquals("B", year.providers().get(1).name(), "a provider without a name is shown by its number");
        assertEquals("1–3, 5, 7–8", ProductionYear.months(List.of(1, 2, 3, 5, 7, 8)));
    }
}
