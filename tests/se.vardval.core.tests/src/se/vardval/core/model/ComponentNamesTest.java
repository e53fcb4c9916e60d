package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

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
}
