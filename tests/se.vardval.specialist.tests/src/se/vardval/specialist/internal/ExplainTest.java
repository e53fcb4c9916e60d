package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.specialist.internal.Fixtures.P1;
import static se.vardval.specialist.internal.Fixtures.P2;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;

/** Explanations of a unit, a component and a patient. */
class ExplainTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);

    private static TestInputs inputs() {
        return new TestInputs(MARCH, Fixtures.parameters()).unit("U1")
                .activity(P1, "U1", DAY, se.vardval.core.domain.ContactType.PHYSICAL,
                        se.vardval.core.domain.Profession.DOCTOR, "200", Map.of("visit", "RETURN"))
                .visit(P2, "U1", DAY, Map.of("visit", "NEW"));
    }

    @Test
    void aUnitShowsItsLinesAndItsUnpaidActivitiesWithReasons() {
        Explanation e = Fixtures.MODEL.explain(inputs(), new ExplainRequest("U1", null, null));

        assertEquals("U1 i 2025-03: 400,00 kr totalt, summan av enhetens avrundade rader; aktiviteter som inte"
                + " ersätts följer med sina orsaker.", e.summary());
        assertEquals(List.of("Komponent", "Underlag", "À-pris", "Belopp"), e.columns());
        assertEquals(List.of(List.of("Besöksersättning (VISITS)", "1", "400", "400.00"),
                List.of("ersätts inte: REFERRAL_MISSING", "A2",
                "ett nybesök kräver remiss (referral=<id>) enligt vårdvalets förfrågningsunderlag;"
                        + " ingen är registrerad",
                "0.00")), e.rows());
    }

    @Test
    void aComponentListsItsActivitiesAndAPatientWhatEachActivityBrought() {
        Explanation visits = Fixtures.MODEL.explain(inputs(), new ExplainRequest("U1", "VISITS", null));
        assertEquals(List.of(List.of("A1", "2025-03-04", P1, "PHYSICAL DOCTOR RETURN 600 kr − patientavgift 200 kr",
                "400")), visits.rows());
        assertEquals("Besöksersättning (VISITS) vid U1 i 2025-03: underlag 1 × à-pris 400 = 400,00 kr"
                + " (avrundat en gång från det exakta"
                + " beloppet). Summan av aktiviteterna nedan.", visits.summary());
        assertEquals(List.of("Aktivitet", "Datum", "Personnummer", "Prissatt som", "Kr"), visits.columns());

        Explanation patient = Fixtures.MODEL.explain(inputs(), new ExplainRequest(null, null, P2));
        assertEquals(List.of(List.of("A2", "2025-03-04", "U1", "ersätts inte: REFERRAL_MISSING",
                "ett nybesök kräver remiss (referral=<id>) enligt vårdvalets förfrågningsunderlag;"
                        + " ingen är registrerad", "0")),
                patient.rows());
    }
}
