package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.MODEL;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.PaymentLine;

class ComponentNamesTest {

    @Test
    void everyLineOfAMonthHasASwedishName() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        TestInputs inputs = CalculationTest.month(parameters);
        List<String> components = run(inputs).lines().stream().map(PaymentLine::component).distinct().toList();

        assertTrue(components.size() >= 5, components.toString());
        for (String component : components) {
            assertNotEquals(component, MODEL.componentName(component), component + " has a name");
        }
        assertEquals("Åldersviktad vårdpeng", MODEL.componentName("AGE_CAPITATION"));
        assertEquals("Glesbygdsersättning", MODEL.componentName("SPARSITY"));
        assertEquals("Besök av listade vid annan enhet", MODEL.componentName("VISITS_OTHER_LISTED"));
    }

    @Test
    void componentsNamedByTheRegionsDataCarryTheirCode() {
        assertEquals("Målrelaterad ersättning CARE_GUARANTEE_3", MODEL.componentName("TARGET_CARE_GUARANTEE_3"));
        assertEquals("Tilläggsuppdrag JOUR", MODEL.componentName("SUPPLEMENTARY_JOUR"));
        assertEquals("Kostnadsansvar LOF/LOL", MODEL.componentName("COST_LOF_LOL"));
        for (CostCategory category : CostCategory.values()) {
            String name = MODEL.componentName("COST_" + category.name());
            assertTrue(name.startsWith("Kostnadsansvar ") && !name.contains(category.name()), name);
        }
        assertEquals("UNKNOWN", MODEL.componentName("UNKNOWN"));
    }
}
