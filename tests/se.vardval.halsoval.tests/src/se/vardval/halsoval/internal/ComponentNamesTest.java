package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.MODEL;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.run;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.CodeNames;
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
            assertTrue(MODEL.components().pays(component), component + " is listed");
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

    @Test
    void theRegionsDataNamesTheTillaggsuppdragAndIndicatorCodes() {
        CodeNames codes = (kind, code) -> switch (kind) {
            case SUPPLEMENTARY -> Optional.of("Jourverksamhet i glesbygd").filter(n -> code.equals("JOUR"));
            case INDICATOR -> Optional.of("Telefontillgänglighet").filter(n -> code.equals("PHONE_ACCESS"));
        };
        assertEquals("Tilläggsuppdrag Jourverksamhet i glesbygd", MODEL.componentName("SUPPLEMENTARY_JOUR", codes));
        assertEquals("Tilläggsuppdrag ASYL", MODEL.componentName("SUPPLEMENTARY_ASYL", codes));
        assertEquals("Målrelaterad ersättning Telefontillgänglighet", MODEL.componentName("TARGET_PHONE_ACCESS", codes));
        assertEquals("Målrelaterad ersättning JOUR", MODEL.componentName("TARGET_JOUR", codes),
                "an indicator is not named by a tilläggsuppdrag of the same code");
        assertEquals("Kostnadsansvar läkemedel", MODEL.componentName("COST_DRUGS", codes));
        assertEquals("Åldersviktad vårdpeng", MODEL.componentName("AGE_CAPITATION", codes));
    }
}
