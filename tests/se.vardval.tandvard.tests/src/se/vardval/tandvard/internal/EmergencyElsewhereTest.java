package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.tandvard.internal.Fixtures.kr;
import static se.vardval.tandvard.internal.Fixtures.line;
import static se.vardval.tandvard.internal.Fixtures.pnr;
import static se.vardval.tandvard.internal.Fixtures.warnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** Emergency treatment at another clinic than the listing one in March 2025 (AKUT1 650 kr, AKUT2 1299.99 kr). */
class EmergencyElsewhereTest {

    static final String X = pnr(2017, 4, 4, 10);
    static final String Y = pnr(2012, 8, 8, 20);

    /** X listed at A, treated twice at B (AKUT1) and once at A; Y listed at B, treated at A (AKUT2). */
    static TestInputs inputs() {
        return new TestInputs(YearMonth.of(2025, 3), Fixtures.parameters()).unit("A").unit("B")
                .listed(X, "A", "AREA2").listed(Y, "B", "AREA2")
                .emergency(X, "B", LocalDate.of(2025, 3, 10), "AKUT1")
                .emergency(X, "B", LocalDate.of(2025, 3, 20), "AKUT1")
                .emergency(X, "A", LocalDate.of(2025, 3, 21), "AKUT2")
                .emergency(Y, "A", LocalDate.of(2025, 3, 11), "AKUT2")
                .activity(Y, "A", LocalDate.of(2025, 3, 12), Map.of("high_need", "true"));
    }

    @Test
    void theTreatingClinicIsPaidAndTheListingClinicChargedTheSameFee() {
        ModelResult result = Fixtures.run(inputs());
        assertEquals(new PaymentLine("B", "EMERGENCY_ELSEWHERE", kr("2"), kr("650"), kr("1300.00")),
                line(result, "B", EmergencyElsewhere.CODE));
        assertEquals(new PaymentLine("A", "EMERGENCY_CHARGE", kr("2"), kr("-650"), kr("-1300.00")),
                line(result, "A", EmergencyElsewhere.CHARGE));
        assertEquals(new PaymentLine("A", "EMERGENCY_ELSEWHERE", kr("1"), kr("1299.99"), kr("1299.99")),
                line(result, "A", EmergencyElsewhere.CODE));
        assertEquals(new PaymentLine("B", "EMERGENCY_CHARGE", kr("1"), kr("-1299.99"), kr("-1299.99")),
                line(result, "B", EmergencyElsewhere.CHARGE));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void treatmentsThatCannotBePaidAreCountedByReasonAtTheTreatingClinic() {
        String unlisted = pnr(2016, 1, 1, 30);
        String adult = pnr(2004, 1, 1, 40);
        TestInputs inputs = inputs().resident(unlisted, null).listed(adult, "A", null)
                .emergency(unlisted, "B", LocalDate.of(2025, 3, 3), "AKUT1")
                .emergency(X, "B", LocalDate.of(2025, 3, 4), "AKUT9")
                .emergency(adult, "B", LocalDate.of(2025, 3, 5), "AKUT1")
                .emergency(X, "Z", LocalDate.of(2025, 3, 6), "AKUT1");
        ModelResult result = Fixtures.run(inputs);
        assertEquals(kr("1300.00"), Fixtures.amount(result, "B", EmergencyElsewhere.CODE), "unchanged");
        assertEquals(kr("-1300.00"), Fixtures.amount(result, "A", EmergencyElsewhere.CHARGE), "unchanged");
        var notPaid = warnings(result, "EMERGENCY_NOT_PAID");
        assertEquals(List.of("B", "Z"), notPaid.stream().map(w -> w.hsaId()).toList());
        assertEquals("Akuttandvård under 2025-03 som inte ersätts: 1 eftersom barnet inte är listat i vårdvalet;"
                + " 1 eftersom barnet är utanför åldersgränserna; 1 eftersom åtgärdskoden 'AKUT9' inte har någon"
                + " emergencyFee.", notPaid.getFirst().message());
        assertEquals("Akuttandvård under 2025-03 som inte ersätts: 1 eftersom den behandlande kliniken inte har något"
                + " avtal i vårdvalet.", notPaid.getLast().message());
    }
}
