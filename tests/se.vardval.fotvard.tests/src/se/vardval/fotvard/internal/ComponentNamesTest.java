package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.fotvard.internal.Fixtures.MODEL;

import org.junit.jupiter.api.Test;

class ComponentNamesTest {

    @Test
    void treatmentsAreNamedByTheirRiskGroup() {
        assertEquals("Behandlingar riskgrupp 2", MODEL.componentName("TREATMENT_RISK2"));
        assertEquals("Behandlingar riskgrupp 4", MODEL.componentName("TREATMENT_RISK4"));
        assertEquals("Tillägg för hembesök", MODEL.componentName("HOME_VISIT"));
    }

    @Test
    void theModelPaysTreatmentsOfEveryRiskGroupAndHomeVisits() {
        assertTrue(MODEL.components().pays("TREATMENT_RISK3"));
        assertTrue(MODEL.components().pays("HOME_VISIT"));
        assertFalse(MODEL.components().pays("TREATMENT_RISK"), "no risk group");
        assertFalse(MODEL.components().pays("HOME_VISITS"));
    }
}
