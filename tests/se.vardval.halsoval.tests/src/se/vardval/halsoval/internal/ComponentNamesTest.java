package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.MODEL;
import static se.vardval.halsoval.internal.Fixtures.demoRulebook;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.PaymentLine;

class ComponentNamesTest {

    @Test
    void everyLineOfAMonthHasASwedishName() throws Exception {
        JsonNode parameters = demoRulebook("rulebooks/halsoval-2020.json").get("parameters");
        TestInputs inputs = new TestInputs(YearMonth.of(2020, 3), parameters).unit("B", TestInputs.PRIVATE, 3000)
                .unit("A");
        for (int i = 0; i < 40; i++) {
            String person = pnr(1930 + 2 * i, 1 + i % 12, 1 + i % 28, 10 + i);
            inputs.resident(person, BigDecimal.valueOf(7L * i), CniFlag.values()[i % 7])
                    .listing(person, i % 3 == 0 ? "A" : "B");
            inputs.visit(person, i % 2 == 0 ? "A" : "B", LocalDate.of(2020, 3, 1 + i % 28), ContactType.PHYSICAL,
                    i % 4 == 0 ? Profession.DOCTOR : Profession.NURSE, "100", false);
        }
        List<String> components = run(inputs).lines().stream().map(PaymentLine::component).distinct().toList();

        assertTrue(components.size() >= 5, components.toString());
        for (String component : components) {
            assertFalse(MODEL.componentName(component).equals(component), component + " has a name");
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
