package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.fotvard.internal.FeesTest.P2;
import static se.vardval.fotvard.internal.FeesTest.P3;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;

/** How a unit's, a line's or a person's amount arose, and why treatments were rejected. */
class ExplainTest {

    /** The inputs of {@link FeesTest} and a treatment of P3 at F1 on an unknown referral (A010). */
    static TestInputs inputs() {
        return FeesTest.inputs(true).treatment(P3, "F1", LocalDate.of(2025, 3, 25), "R77", "0");
    }

    @Test
    void aUnitsLinesAndItsRejectedTreatments() {
        Explanation e = Fixtures.MODEL.explain(inputs(), new ExplainRequest("F1", null, null));
        assertEquals("F1 i 2025-03: 1 965,50 kr totalt, summan av enhetens avrundade rader; avvisade behandlingar:"
                + " NO_REFERRAL=1.", e.summary());
        assertEquals(List.of("Komponent", "Underlag", "À-pris", "Belopp"), e.columns());
        assertEquals(List.of("Tillägg för hembesök (HOME_VISIT)", "1", "275", "275.00"), e.rows().getFirst());
        assertEquals(4, e.rows().size());
        Explanation rejected = Fixtures.MODEL.explain(inputs(), new ExplainRequest("F1", "REJECTED", null));
        assertEquals(List.of(List.of("A010", "2025-03-25", P3, "", "NO_REFERRAL", "remiss R77 är okänd")),
                rejected.rows());
    }

    @Test
    void theTreatmentsBehindALine() {
        Explanation e = Fixtures.MODEL.explain(inputs(), new ExplainRequest("F1", "TREATMENT_RISK4", null));
        assertEquals("Behandlingar riskgrupp 4 (TREATMENT_RISK4) vid F1 i 2025-03: 2 behandlingar, 820,00 kr"
                + " (den exakta summan avrundad en"
                + " gång). fees.4 610 kr per ersatt behandling på remiss i riskgrupp 4, med den betalda"
                + " patientavgiften avdragen.", e.summary());
        assertEquals(List.of("Aktivitet", "Datum", "Personnummer", "Remiss", "Arvode", "Avdragen patientavgift",
                "Kr"), e.columns());
        assertEquals(List.of(List.of("A007", "2025-03-07", P3, "R3", "610", "200", "410"),
                List.of("A008", "2025-03-20", P3, "R3", "610", "200", "410")), e.rows());
    }

    @Test
    void aPersonsTreatmentsPaidAndRejected() {
        Explanation e = Fixtures.MODEL.explain(inputs(), new ExplainRequest(null, null, P3));
        assertEquals(List.of(List.of("A007", "2025-03-07", "F1", "R3 (riskgrupp 4)", "ersatt", "410.00"),
                List.of("A008", "2025-03-20", "F1", "R3 (riskgrupp 4)", "ersatt", "410.00"),
                List.of("A010", "2025-03-25", "F1", "", "NO_REFERRAL: remiss R77 är okänd", "0")), e.rows());
        Explanation home = Fixtures.MODEL.explain(inputs(), new ExplainRequest(null, null, P2));
        assertEquals(List.of(List.of("A006", "2025-03-06", "F1", "R2 (riskgrupp 3)", "ersatt", "795.50")), home.rows());
    }
}
