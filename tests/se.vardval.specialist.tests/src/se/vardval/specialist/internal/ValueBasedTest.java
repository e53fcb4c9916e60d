package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.specialist.internal.Fixtures.P1;
import static se.vardval.specialist.internal.Fixtures.P2;
import static se.vardval.specialist.internal.Fixtures.amount;
import static se.vardval.specialist.internal.Fixtures.kr;
import static se.vardval.specialist.internal.Fixtures.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ModelResult;

/** VALUE_BASED: PROM bonus from +0.15 (5 % of 95 000) and deduction from −0.10 (10 %), the thresholds included. */
class ValueBasedTest {

    private static final YearMonth JUNE = YearMonth.of(2025, 6);

    @ParameterizedTest(name = "PROM {0} gives {1}")
    @CsvSource(nullValues = "none", value = { "0.15, 4750.00", "0.16, 4750.00", "0.1499, none", "0, none",
            "-0.0999, none", "-0.10, -9500.00", "-0.5, -9500.00" })
    void theFirstPromOfAnEpisodePaysABonusOrADeductionOfTheEpisodePriceOnTheThresholds(String prom,
            BigDecimal expected) {
        ModelResult result = run(new TestInputs(JUNE, Fixtures.parameters()).unit("U1").unit("U2")
                .visit(P1, "U1", LocalDate.of(2024, 11, 4), Map.of("episode", "HIP", "event", "START"))
                .visit(P1, "U2", LocalDate.of(2025, 6, 2), Map.of("episode", "HIP", "event", "FOLLOWUP",
                        "prom", prom)));

        assertEquals(expected, amount(result, "U1", "VALUE_BASED"), "paid to the unit paid for the episode");
        assertEquals(null, amount(result, "U2", "VALUE_BASED"));
    }

    @Test
    void onlyTheFirstPromResultCountsAndTheUnitsLineNetsBonusesAndDeductions() {
        ModelResult result = run(new TestInputs(JUNE, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", LocalDate.of(2024, 11, 4), Map.of("episode", "HIP", "event", "START"))
                .visit(P1, "U1", LocalDate.of(2025, 5, 2), Map.of("episode", "HIP", "event", "FOLLOWUP",
                        "prom", "0.2"))
                .visit(P1, "U1", LocalDate.of(2025, 6, 2), Map.of("episode", "HIP", "event", "FOLLOWUP",
                        "prom", "-0.3"))
                .visit(P2, "U1", LocalDate.of(2025, 6, 3), Map.of("episode", "HIP", "event", "START"))
                .visit(P2, "U1", LocalDate.of(2025, 6, 20), Map.of("episode", "HIP", "event", "FOLLOWUP",
                        "prom", "0.4")));

        // P1's bonus was paid in May (history); June: P2's bonus only
        assertEquals(kr("4750.00"), amount(result, "U1", "VALUE_BASED"));
        assertEquals(kr("95000.00"), amount(result, "U1", "EPISODE"));
    }
}
