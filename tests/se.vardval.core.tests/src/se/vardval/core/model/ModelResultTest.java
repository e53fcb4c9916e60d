package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A sorted model result: lines by unit and component, run-wide warnings first, then by unit, code and message. */
class ModelResultTest {

    private static final RejectedItem REJECTED = new RejectedItem("SE2", "A1", "191212121212",
            LocalDate.of(2020, 3, 2), "NO_REFERRAL", "ingen remiss");

    @Test
    void sortsLinesByUnitThenComponent() {
        ModelResult result = ModelResult.sorted(List.of(line("SE2", "VISITS"), line("SE1", "VISITS"),
                line("SE2", "AGE_CAPITATION")), List.of());
        assertEquals(List.of(line("SE1", "VISITS"), line("SE2", "AGE_CAPITATION"), line("SE2", "VISITS")),
                result.lines());
    }

    @Test
    void sortsRunWideWarningsFirstThenByUnitCodeAndMessage() {
        RunWarning unitB = new RunWarning("SE2", "A", "b");
        RunWarning unitA = new RunWarning("SE2", "A", "a");
        RunWarning otherCode = new RunWarning("SE1", "Z", "a");
        RunWarning firstUnit = new RunWarning("SE1", "B", "z");
        RunWarning runWide = new RunWarning(null, "Z", "z");
        ModelResult result = ModelResult.sorted(List.of(), List.of(unitB, unitA, otherCode, runWide, firstUnit));
        assertEquals(List.of(runWide, firstUnit, otherCode, unitA, unitB), result.warnings());
    }

    @Test
    void keepsRejectionsAndHandOversAsGiven() {
        ModelResult result = ModelResult.sorted(List.of(), List.of(), List.of(REJECTED), List.of());
        assertEquals(List.of(REJECTED), result.rejections());
        assertEquals(List.of(), result.costHandOvers());
    }

    private static PaymentLine line(String hsaId, String component) {
        return new PaymentLine(hsaId, component, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
    }
}
