package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.tandvard.internal.Fixtures.MODEL;
import static se.vardval.tandvard.internal.Fixtures.pnr;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.service.UserError;

class ExplainTest {

    private static TestInputs inputs() {
        return CapitationTest.clinicA(EmergencyElsewhereTest.inputs(), "A");
    }

    @Test
    void aClinicsCapitationListsEveryListedChild() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest("A", Capitation.CODE, null));
        assertTrue(e.summary().startsWith("Tandvårdspeng (CAPITATION) vid A i 2025-03: underlag 4 × à-pris"),
                e.summary());
        assertTrue(e.summary().endsWith(" Σ capitation[åldersgrupp][vårdbehovsgrupp] / 12 över barnen listade den"
                + " 2025-03-01 i åldern 3–19; barn utanför åldersgränserna ger 0."), e.summary());
        assertEquals(List.of("Personnummer", "Ickeval", "Ålder", "Åldersgrupp", "Område", "Vårdbehovsgrupp",
                "Kr per år", "Kr per månad"), e.columns());
        assertEquals(6, e.rows().size(), "X and the five children of clinic A");
        assertTrue(e.rows().contains(List.of(pnr(2010, 1, 15, 30), "ja", "15", "13–19", "XYZ", "1 (standard)",
                "1000", "83.3333")), e.rows().toString());
        assertTrue(e.rows().contains(List.of(pnr(2005, 1, 1, 40), "nej", "20", "utanför åldersgränserna", "AREA2",
                "2", "0", "0.0000")), e.rows().toString());
    }

    @Test
    void aChargeListsTheTreatmentsElsewhere() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest("A", EmergencyElsewhere.CHARGE, null));
        assertEquals(List.of("A1", "2025-03-10", EmergencyElsewhereTest.X, "B", "A", "AKUT1", "-650"),
                e.rows().getFirst());
        assertEquals(2, e.rows().size());
    }

    @Test
    void aChildsAmountsAtEachClinic() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest(null, null, EmergencyElsewhereTest.Y));
        assertEquals(List.of(List.of("Tandvårdspeng", "B", "ålder 12, åldersgrupp 7–12, vårdbehovsgrupp 2", "133.3333"),
                List.of("Akutbehandling av annan kliniks listade", "A", "akuttandvård AKUT2 den 2025-03-11", "1299.99"),
                List.of("Avdrag för listades akutbesök vid annan klinik", "B", "akuttandvård AKUT2 den 2025-03-11",
                        "-1299.99")), e.rows());
    }

    @Test
    void aClinicsLinesAddUpAndAnUnknownComponentIsRefused() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest("B", null, null));
        assertEquals(List.of(List.of("Tandvårdspeng (CAPITATION)", "1", "133.333333", "133.33"),
                List.of("Avdrag för listades akutbesök vid annan klinik (EMERGENCY_CHARGE)", "1", "-1299.99",
                        "-1299.99"),
                List.of("Akutbehandling av annan kliniks listade (EMERGENCY_ELSEWHERE)", "2", "650", "1300.00")),
                e.rows());
        assertEquals("B i 2025-03: 133,34 kr totalt, summan av klinikens avrundade rader.", e.summary());
        assertThrows(UserError.class, () -> MODEL.explain(inputs(), new ExplainRequest("A", "PENALTY", null)));
    }
}
