package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.specialist.internal.Fixtures.P1;
import static se.vardval.specialist.internal.Fixtures.P2;
import static se.vardval.specialist.internal.Fixtures.amount;
import static se.vardval.specialist.internal.Fixtures.kr;
import static se.vardval.specialist.internal.Fixtures.line;
import static se.vardval.specialist.internal.Fixtures.rejection;
import static se.vardval.specialist.internal.Fixtures.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** DRG: weight × price per point, long-stay outlier days, and an unknown code rejected. */
class DrgTest {

    private static final YearMonth MAY = YearMonth.of(2025, 5);
    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    @Test
    void weightTimesPricePerPointWithTheDaysOverTheTrimPointPaidPerDay() {
        ModelResult result = run(new TestInputs(MAY, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", DAY, Map.of("drg", "302O", "los", "14"))
                .visit(P2, "U1", DAY, Map.of("drg", "102O", "los", "10")));

        // 1.874 × 63 493 = 118 985.882; 0.512 × 63 493 = 32 508.416; together 151 494.298
        PaymentLine drg = line(result, "U1", "DRG");
        assertEquals(kr("151494.30"), drg.amount());
        assertEquals(kr("2.386"), drg.basis());
        assertEquals(kr("63493"), drg.rate());
        // 14 − 10 = 4 days × 4 200; the 10-day stay is at the trim point and adds nothing
        PaymentLine outlier = line(result, "U1", "DRG_OUTLIER");
        assertEquals(kr("16800.00"), outlier.amount());
        assertEquals(kr("4"), outlier.basis());
        assertEquals(kr("4200"), outlier.rate());
    }

    @Test
    void aStayOneDayOverTheTrimPointAddsOneDay() {
        ModelResult result = run(new TestInputs(MAY, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", DAY, Map.of("drg", "102O", "los", "11")));

        assertEquals(kr("32508.42"), amount(result, "U1", "DRG"));
        assertEquals(kr("4200.00"), amount(result, "U1", "DRG_OUTLIER"));
    }

    @Test
    void anUnknownDrgIsRejectedWithItsReason() {
        ModelResult result = run(new TestInputs(MAY, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", DAY, Map.of("drg", "999X", "los", "30")));

        assertNull(line(result, "U1", "DRG"));
        assertNull(line(result, "U1", "DRG_OUTLIER"));
        assertEquals("UNKNOWN_DRG", rejection(result, "A1").reasonCode());
        assertEquals("DRG 999X finns inte i förfrågningsunderlagets DRG-vikter", rejection(result, "A1").reason());
    }
}
