package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.vardval.tandvard.internal.Fixtures.MODEL;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComponentNamesTest {

    @Test
    void everyComponentHasASwedishName() {
        assertEquals("Tandvårdspeng", MODEL.componentName("CAPITATION"));
        assertEquals("Avsättning till riskpoolen", MODEL.componentName("RISK_POOL"));
        assertEquals("Utbetalning ur riskpoolen", MODEL.componentName("RISK_POOL_PAYOUT"));
        assertEquals("Akutbehandling av annan kliniks listade", MODEL.componentName("EMERGENCY_ELSEWHERE"));
        assertEquals("Avdrag för listades akutbesök vid annan klinik", MODEL.componentName("EMERGENCY_CHARGE"));
    }

    @Test
    void theModelPaysTheComponentsItNamesAndNoOther() {
        assertEquals(List.of("CAPITATION", "EMERGENCY_CHARGE", "EMERGENCY_ELSEWHERE", "RISK_POOL", "RISK_POOL_PAYOUT"),
                MODEL.components().codes());
        assertFalse(MODEL.components().pays("CAPITATON"));
    }
}
