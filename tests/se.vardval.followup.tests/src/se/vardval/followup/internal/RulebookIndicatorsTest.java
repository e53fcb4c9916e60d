package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import se.vardval.followup.IndicatorDefinition;

/** The indicator codes a rulebook names and the order the page presents codes in. */
class RulebookIndicatorsTest {

    @Test
    void everyIndicatorFieldAnywhereInTheParameters() throws Exception {
        var parameters = new ObjectMapper().readTree("""
                {"targets": [{"indicator": "CARE_GUARANTEE_3", "threshold": 0.85},
                             {"indicator": "NEW_MEASURE", "threshold": 0.5}],
                 "other": {"nested": [{"indicator": "ANTIBIOTICS"}], "indicator": 3}}""");
        assertEquals(Set.of("ANTIBIOTICS", "CARE_GUARANTEE_3", "NEW_MEASURE"), RulebookIndicators.codes(parameters));
        assertEquals(Set.of(), RulebookIndicators.codes(NullNode.getInstance()));
    }

    @Test
    void knownCodesFirstThenOthersByCodeAndNeverAComputedCode() {
        List<IndicatorDefinition> definitions = IndicatorCatalog.imported(
                Set.of("ZETA", "NEW_MEASURE", "CARE_GUARANTEE_3", "PHONE_ACCESS", "COVERAGE"));
        assertEquals(List.of("PHONE_ACCESS", "CARE_GUARANTEE_3", "NEW_MEASURE", "ZETA"),
                definitions.stream().map(IndicatorDefinition::code).toList());
        assertEquals("NEW_MEASURE", definitions.get(2).name());
    }
}
