package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.line;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.set;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.ModelResult;

class VatCompensationTest {

    @Test
    void privateUnitsGetAPercentageOfTheirRoundedPayingLines() {
        ObjectNode p = VisitPaymentsTest.rates(true, true);
        set(p, "capitation.krPerPoint", "1200");
        set(p, "penalties.krPerWeek", "1000");
        String atA = pnr(1980, 1, 1, 10);
        String atB = pnr(1981, 1, 1, 10);
        TestInputs inputs = new TestInputs(YearMonth.of(2020, 3), p).unit("A", TestInputs.PRIVATE, null).unit("B")
                .listed(atA, "A").listed(atB, "B")
                .supplementary(new Supplementary("K-A", "X", "x", kr("1000"), LocalDate.of(2019, 1, 1), null))
                .visit(atB, "A", LocalDate.of(2020, 3, 2), Profession.NURSE)
                .visit(atA, "B", LocalDate.of(2020, 3, 3), Profession.DOCTOR)
                .penalty("A", LocalDate.of(2020, 3, 4), "1");
        ModelResult result = run(inputs);
        // A: capitation 100.00 + supplementary 83.33 + other listed 300.00 = 483.33; the charge −600 and the
        // penalty −1 000 do not count; 6 % of 483.33 = 28.9998 → 29.00
        assertEquals(kr("-600.00"), amount(result, "A", VisitPayments.CHARGE));
        assertEquals(0, kr("483.33").compareTo(line(result, "A", VatCompensation.CODE).basis()));
        assertEquals(kr("29.00"), amount(result, "A", VatCompensation.CODE));
        assertNull(amount(result, "B", VatCompensation.CODE), "B is run by the region");
    }
}
