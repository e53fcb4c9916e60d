package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ComponentNamesTest {

    private final ComponentNames names = ComponentNames.of(Map.of("CNI", "Vårdtyngd enligt CNI",
            "COST_LOF_LOL", "Kostnadsansvar LOF/LOL"))
            .withPrefix("COST_", "Kostnadsansvar")
            .withPrefix("TARGET_", "Målrelaterad ersättning")
            .withPrefix("TARGET_EXTRA_", "Extra målrelaterad ersättning");

    @Test
    void aWholeCodeHasItsOwnName() {
        assertEquals("Vårdtyngd enligt CNI", names.nameOf("CNI"));
        assertEquals("Kostnadsansvar LOF/LOL", names.nameOf("COST_LOF_LOL"), "before its prefix's name");
    }

    @Test
    void aCodeWithANamedPrefixIsThatNameAndTheRestOfTheCode() {
        assertEquals("Kostnadsansvar DENTAL", names.nameOf("COST_DENTAL"));
        assertEquals("Målrelaterad ersättning CARE_GUARANTEE_3", names.nameOf("TARGET_CARE_GUARANTEE_3"));
        assertEquals("Extra målrelaterad ersättning HPV", names.nameOf("TARGET_EXTRA_HPV"), "the longest prefix");
    }

    @Test
    void aCodeWithoutANameIsShownAsItIs() {
        assertEquals("PENALTY", names.nameOf("PENALTY"));
        assertEquals("TARGET_", names.nameOf("TARGET_"), "a bare prefix names nothing");
        assertEquals("PENALTY", names.labelOf("PENALTY"));
    }

    @Test
    void aLabelIsTheNameWithTheCodeInBrackets() {
        assertEquals("Vårdtyngd enligt CNI (CNI)", names.labelOf("CNI"));
        assertEquals("Kostnadsansvar DENTAL (COST_DENTAL)", names.labelOf("COST_DENTAL"));
    }

    @Test
    void aCodeOfTheDataIsLabelledByItsNameWithTheCodeInBracketsWhereTheDataNamesIt() {
        CodeNames codes = (kind, code) -> kind == CodeKind.INDICATOR && code.equals("CARE_GUARANTEE_3")
                ? Optional.of("Medicinsk bedömning inom 3 dagar (3:an)") : Optional.empty();

        assertEquals("Medicinsk bedömning inom 3 dagar (3:an) (CARE_GUARANTEE_3)",
                codes.labelOf(CodeKind.INDICATOR, "CARE_GUARANTEE_3"));
        assertEquals("ACCESS_3DAYS", codes.labelOf(CodeKind.INDICATOR, "ACCESS_3DAYS"));
        assertEquals("CARE_GUARANTEE_3", codes.labelOf(CodeKind.SUPPLEMENTARY, "CARE_GUARANTEE_3"), "another kind");
    }

    @Test
    void theModelPaysANamedCodeAndACodeBehindANamedPrefix() {
        assertTrue(names.pays("CNI"));
        assertTrue(names.pays("COST_DENTAL"));
        assertTrue(names.pays("TARGET_EXTRA_HPV"));
        assertFalse(names.pays("PENALTY"), "a code it does not name");
        assertFalse(names.pays("TARGET_"), "a bare prefix");
        assertEquals(List.of("CNI", "COST_LOF_LOL"), names.codes());
        assertEquals(List.of("COST_", "TARGET_", "TARGET_EXTRA_"), names.prefixes());
    }

    @Test
    void aModelThatDoesNotListItsComponentsMayPayAnyCode() {
        assertTrue(ComponentNames.UNLISTED.pays("ANYTHING"));
        assertEquals("ANYTHING", ComponentNames.UNLISTED.nameOf("ANYTHING"));
        assertEquals(List.of(), ComponentNames.UNLISTED.codes());
    }
}
