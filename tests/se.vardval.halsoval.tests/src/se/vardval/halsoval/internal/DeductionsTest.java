package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.line;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.set;
import static se.vardval.halsoval.internal.Fixtures.text;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ModelResult;

/** Penalties, returned patient fees and cost responsibility: the components that deduct. */
class DeductionsTest {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    @Test
    void penaltiesAreCappedPerOccasion() {
        ObjectNode p = set(set(defaults(), "penalties.krPerWeek", "10000"), "penalties.maxPerOccasion", "100000");
        TestInputs inputs = new TestInputs(MARCH, p).leaky().unit("A")
                .penalty("A", LocalDate.of(2020, 3, 5), "3").penalty("A", LocalDate.of(2020, 3, 20), "12")
                .penalty("A", LocalDate.of(2020, 2, 28), "1");
        ModelResult result = run(inputs);
        assertEquals(kr("-130000.00"), amount(result, "A", Penalties.CODE), "−30 000 and −100 000 (not −120 000)");
        assertEquals(0, kr("15").compareTo(line(result, "A", Penalties.CODE).basis()), "weeks decided in March");
    }

    @Test
    void penaltiesWithoutACapAreNotCapped() {
        ObjectNode p = set(defaults(), "penalties.krPerWeek", "10000");
        TestInputs inputs = new TestInputs(MARCH, p).unit("A").penalty("A", LocalDate.of(2020, 3, 5), "12.5");
        assertEquals(kr("-125000.00"), amount(run(inputs), "A", Penalties.CODE));
    }

    @Test
    void returnedPatientFeesAreDeductedExceptOutOfCounty() {
        String person = pnr(1980, 1, 1, 10);
        ObjectNode returned = text(defaults(), "patientFees.mode", "RETURNED_TO_REGION");
        TestInputs inputs = new TestInputs(MARCH, returned).unit("A").listed(person, "A")
                .visit(person, "A", LocalDate.of(2020, 3, 2), ContactType.PHYSICAL, Profession.DOCTOR, "100", false)
                .visit(person, "A", LocalDate.of(2020, 3, 3), ContactType.PHONE_PRESCRIPTION, Profession.NURSE, "50.50",
                        false)
                .visit(pnr(1970, 1, 1, 10), "A", LocalDate.of(2020, 3, 4), ContactType.PHYSICAL, Profession.DOCTOR,
                        "200", true);
        assertEquals(kr("-150.50"), amount(run(inputs), "A", PatientFees.CODE));
        TestInputs kept = new TestInputs(MARCH, defaults()).unit("A").listed(person, "A")
                .visit(person, "A", LocalDate.of(2020, 3, 2), ContactType.PHYSICAL, Profession.DOCTOR, "100", false);
        assertNull(amount(run(kept), "A", PatientFees.CODE));
    }

    @Test
    void costsAreDeductedForTheCategoriesSwitchedOn() {
        ObjectNode p = defaults();
        Fixtures.bool(p, "costResponsibility.DRUGS", true);
        TestInputs inputs = new TestInputs(MARCH, p).leaky().unit("A")
                .cost("A", MARCH, CostCategory.DRUGS, "1000.50").cost("A", MARCH, CostCategory.DRUGS, "200.25")
                .cost("A", MARCH, CostCategory.LOF_LOL, "500").cost("A", YearMonth.of(2020, 2), CostCategory.DRUGS, "7");
        ModelResult result = run(inputs);
        assertEquals(kr("-1200.75"), amount(result, "A", "COST_DRUGS"));
        assertNull(amount(result, "A", "COST_LOF_LOL"), "LOF_LOL is off");
    }
}
