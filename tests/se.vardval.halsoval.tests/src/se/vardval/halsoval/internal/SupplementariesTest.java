package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.run;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.ModelResult;

class SupplementariesTest {

    private static Supplementary assignment(String contract, String code, String annual, LocalDate from, LocalDate to) {
        return new Supplementary(contract, code, "Uppdrag " + code, kr(annual), from, to);
    }

    @Test
    void assignmentsInForceOnTheFirstDayArePaidATwelfthWithoutProRating() {
        LocalDate longAgo = LocalDate.of(2019, 1, 1);
        TestInputs inputs = new TestInputs(YearMonth.of(2020, 3), defaults()).unit("A").unit("B")
                .supplementary(assignment("K-A", "BB", "120000", longAgo, null))
                .supplementary(assignment("K-A", "NEXT", "120000", LocalDate.of(2020, 4, 1), null))
                .supplementary(assignment("K-A", "MID", "120000", LocalDate.of(2020, 3, 15), null))
                .supplementary(assignment("K-A", "ENDS", "12345", longAgo, LocalDate.of(2020, 3, 10)))
                .contract(new Contract("K-C", TestInputs.CARE_CHOICE, TestInputs.REGION, "B", LocalDate.of(2020, 3, 10),
                        null))
                .supplementary(assignment("K-C", "LATE", "120000", longAgo, null));
        ModelResult result = run(inputs);
        assertEquals(kr("10000.00"), amount(result, "A", "SUPPLEMENTARY_BB"));
        assertNull(amount(result, "A", "SUPPLEMENTARY_NEXT"), "starts next month");
        assertNull(amount(result, "A", "SUPPLEMENTARY_MID"), "starts after the first day");
        assertEquals(kr("1028.75"), amount(result, "A", "SUPPLEMENTARY_ENDS"), "12 345 / 12, in force on the 1st");
        assertNull(amount(result, "B", "SUPPLEMENTARY_LATE"), "its contract starts mid-month");
    }
}
