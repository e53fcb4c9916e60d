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

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;

/** VISITS: the price table by contact type, profession and visit kind, the patient fee and the referral rule. */
class VisitsTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 12);

    @Test
    void visitsArePricedFromTheTableLessThePatientFeeAndRoundedOncePerLine() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .activity(P1, "U1", DAY, ContactType.PHYSICAL, Profession.DOCTOR, "200",
                        Map.of("visit", "NEW", "referral", "R1"))
                .activity(P1, "U1", DAY, ContactType.PHYSICAL, Profession.DOCTOR, "0", Map.of("visit", "RETURN"))
                .activity(P2, "U1", DAY, ContactType.DIGITAL, Profession.NURSE, "100", Map.of("visit", "RETURN")));

        // 839 − 200 + 600 − 0 + 250.50 − 100 = 1 389.50 over 3 visits
        PaymentLine visits = line(result, "U1", "VISITS");
        assertEquals(kr("1389.50"), visits.amount());
        assertEquals(kr("3"), visits.basis());
        assertEquals(kr("463.166667"), visits.rate());
        assertEquals(0, result.rejections().size());
    }

    @Test
    void aPatientFeeAbovePriceLeavesNothingToPayButNeverANegativeAmount() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .activity(P1, "U1", DAY, ContactType.PHYSICAL, Profession.DOCTOR, "1000", Map.of("visit", "RETURN"))
                .activity(P2, "U1", DAY, ContactType.PHYSICAL, Profession.DOCTOR, "100", Map.of("visit", "RETURN")));

        assertEquals(kr("500.00"), amount(result, "U1", "VISITS"));
    }

    @Test
    void aVisitWithoutAMatchingPriceIsRejectedWithItsReason() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .activity(P1, "U1", DAY, ContactType.PHONE, Profession.DOCTOR, "0", Map.of("visit", "RETURN"))
                .visit(P2, "U1", DAY, Map.of()));

        assertNull(line(result, "U1", "VISITS"));
        RejectedItem phone = rejection(result, "A1");
        assertEquals("NO_VISIT_PRICE", phone.reasonCode());
        assertEquals("pristabellen saknar pris för PHONE RETURN utfört av DOCTOR", phone.reason());
        assertEquals("U1", phone.hsaId());
        assertEquals(P1, phone.personId());
        assertEquals(DAY, phone.date());
        assertEquals("VISIT_KIND_MISSING", rejection(result, "A2").reasonCode());
    }

    @Test
    void aNewVisitWithoutReferralIsRejectedWhenTheRulebookRequiresOne() {
        TestInputs inputs = new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", DAY, Map.of("visit", "NEW"))
                .visit(P2, "U1", DAY, Map.of("visit", "RETURN"));

        ModelResult required = run(inputs);
        assertEquals(kr("600.00"), amount(required, "U1", "VISITS"));
        RejectedItem missing = rejection(required, "A1");
        assertEquals("REFERRAL_MISSING", missing.reasonCode());
        assertEquals("ett nybesök kräver remiss (referral=<id>) enligt vårdvalets förfrågningsunderlag;"
                + " ingen är registrerad",
                missing.reason());

        TestInputs free = new TestInputs(MARCH, Fixtures.parameters().put("referralRequired", false)).unit("U1")
                .visit(P1, "U1", DAY, Map.of("visit", "NEW"))
                .visit(P2, "U1", DAY, Map.of("visit", "RETURN"));
        assertEquals(kr("1439.00"), amount(run(free), "U1", "VISITS"));
    }

    @Test
    void anActivityOfAUnitWithoutAContractThatDayIsRejected() {
        ModelResult result = run(new TestInputs(MARCH, Fixtures.parameters())
                .unit("U1", TestInputs.PROVIDER_A, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 3, 10))
                .visit(P1, "U1", LocalDate.of(2025, 3, 10), Map.of("visit", "RETURN"))
                .visit(P1, "U1", LocalDate.of(2025, 3, 11), Map.of("visit", "RETURN"))
                .visit(P2, "U9", LocalDate.of(2025, 3, 11), Map.of("visit", "RETURN")));

        assertEquals(kr("600.00"), amount(result, "U1", "VISITS"));
        assertEquals("enheten har inget avtal i vårdvalet den 2025-03-11", rejection(result, "A2").reason());
        assertEquals("NO_CONTRACT", rejection(result, "A3").reasonCode());
        assertNull(line(result, "U9", "VISITS"));
    }
}
