package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.bool;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.line;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.set;
import static se.vardval.halsoval.internal.Fixtures.warnings;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ModelResult;

class VisitPaymentsTest {

    static final String LISTED_AT_A = pnr(1980, 1, 1, 10);
    static final String LISTED_AT_B_FROM_15TH = pnr(1981, 1, 1, 10);
    static final String UNLISTED = pnr(1982, 1, 1, 10);
    static final String UNKNOWN = pnr(1983, 1, 1, 10);
    static final String VISITOR = pnr(1984, 1, 1, 10);

    /** Other listed 600/300, unlisted 500/250, out of county 1 600/700 (DOCTOR/OTHER). */
    static ObjectNode rates(boolean charge, boolean deduct) {
        ObjectNode p = defaults();
        set(p, "visits.otherListed.DOCTOR", "600");
        set(p, "visits.otherListed.OTHER", "300");
        set(p, "visits.unlisted.DOCTOR", "500");
        set(p, "visits.unlisted.OTHER", "250");
        set(p, "visits.outOfCounty.DOCTOR", "1600");
        set(p, "visits.outOfCounty.OTHER", "700");
        bool(p, "visits.chargeListingUnit", charge);
        return bool(p, "visits.deductPatientFee", deduct);
    }

    static LocalDate march(int day) {
        return LocalDate.of(2020, 3, day);
    }

    /** The month of visits every test uses; the inputs stream activities of other months too. */
    static TestInputs month(ObjectNode p) {
        return new TestInputs(YearMonth.of(2020, 3), p).leaky().unit("A").unit("B")
                .listed(LISTED_AT_A, "A")
                .resident(LISTED_AT_B_FROM_15TH).listing(LISTED_AT_B_FROM_15TH, "B", march(15), null)
                .resident(UNLISTED)
                // own unit: nothing
                .visit(LISTED_AT_A, "A", march(2), Profession.DOCTOR)
                // listed at A, visits B: 600 + 300 to B, charged to A
                .visit(LISTED_AT_A, "B", march(3), Profession.DOCTOR)
                .visit(LISTED_AT_A, "B", march(4), ContactType.PHONE, Profession.NURSE, "0", false)
                // a telephone prescription is never paid
                .visit(LISTED_AT_A, "B", march(5), ContactType.PHONE_PRESCRIPTION, Profession.DOCTOR, "0", false)
                // not yet listed on the 10th: unlisted at B; listed at B on the 20th: other listed at A
                .visit(LISTED_AT_B_FROM_15TH, "B", march(10), Profession.DOCTOR)
                .visit(LISTED_AT_B_FROM_15TH, "A", march(20), Profession.NURSE)
                // an unlisted resident
                .visit(UNLISTED, "A", march(6), Profession.PSYCHOLOGIST)
                // someone the register does not know, not marked out of county
                .visit(UNKNOWN, "B", march(12), Profession.DOCTOR)
                // out of county, not in the register: 1 600 − 200 fee, 700 − 0
                .visit(VISITOR, "A", march(7), ContactType.PHYSICAL, Profession.DOCTOR, "200", true)
                .visit(VISITOR, "A", march(8), ContactType.PHYSICAL, Profession.PHYSIO, "0", true)
                // visits outside the month
                .visit(LISTED_AT_A, "B", LocalDate.of(2020, 4, 1), Profession.DOCTOR)
                .visit(LISTED_AT_A, "B", LocalDate.of(2020, 2, 29), Profession.DOCTOR);
    }

    @Test
    void visitsArePaidByTheListingOnTheVisitsDate() {
        ModelResult result = run(month(rates(true, true)));
        assertEquals(kr("300.00"), amount(result, "A", VisitPayments.OTHER_LISTED));
        assertEquals(kr("250.00"), amount(result, "A", VisitPayments.UNLISTED));
        assertEquals(kr("2100.00"), amount(result, "A", VisitPayments.OUT_OF_COUNTY));
        assertEquals(0, kr("2").compareTo(line(result, "A", VisitPayments.OUT_OF_COUNTY).basis()));
        assertEquals(kr("-900.00"), amount(result, "A", VisitPayments.CHARGE));
        assertEquals(kr("900.00"), amount(result, "B", VisitPayments.OTHER_LISTED));
        assertEquals(0, kr("2").compareTo(line(result, "B", VisitPayments.OTHER_LISTED).basis()),
                "the telephone prescription and the visits outside March are not counted");
        assertEquals(kr("1000.00"), amount(result, "B", VisitPayments.UNLISTED));
        assertEquals(kr("-300.00"), amount(result, "B", VisitPayments.CHARGE));
        assertNull(amount(result, "B", VisitPayments.OUT_OF_COUNTY));
        assertEquals("B", warnings(result, "VISIT_PERSON_UNKNOWN").getFirst().hsaId());
        assertEquals(1, warnings(result, "VISIT_PERSON_UNKNOWN").size());
    }

    @Test
    void withoutChargeOrFeeDeductionTheListingUnitPaysNothingAndTheFeeStays() {
        ModelResult result = run(month(rates(false, false)));
        assertNull(amount(result, "A", VisitPayments.CHARGE));
        assertNull(amount(result, "B", VisitPayments.CHARGE));
        assertEquals(kr("2300.00"), amount(result, "A", VisitPayments.OUT_OF_COUNTY));
    }
}
