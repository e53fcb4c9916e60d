package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.specialist.internal.Fixtures.MODEL;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComponentNamesTest {

    @Test
    void everyComponentHasASwedishName() {
        for (String component : List.of(Components.VISITS, Components.DRG, Components.DRG_OUTLIER,
                Components.EPISODE, Components.VALUE_BASED, Components.FIXED, Components.CEILING)) {
            assertNotEquals(component, MODEL.componentName(component));
            assertTrue(MODEL.components().pays(component), component);
        }
        assertEquals("Takbelopp", MODEL.componentName("CEILING"));
        assertEquals("Målrelaterad ersättning PROM_RESPONSE", MODEL.componentName("TARGET_PROM_RESPONSE"));
    }
}
