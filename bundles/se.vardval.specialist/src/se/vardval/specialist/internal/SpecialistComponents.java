package se.vardval.specialist.internal;

import java.util.Map;

import se.vardval.core.model.CodeKind;
import se.vardval.core.model.ComponentNames;

/** The Swedish names of the specialist model's payment components. */
final class SpecialistComponents {

    static final ComponentNames NAMES = ComponentNames.of(Map.of(
            Components.VISITS, "Besöksersättning",
            Components.DRG, "DRG-ersättning",
            Components.DRG_OUTLIER, "DRG-ersättning för vårddagar över trimpunkten",
            Components.EPISODE, "Paketersättning för vårdåtagande",
            Components.VALUE_BASED, "Värdebaserad ersättning",
            Components.FIXED, "Fast ersättning",
            Components.CEILING, "Takbelopp"))
            .withPrefix(Components.TARGET_PREFIX, "Målrelaterad ersättning", CodeKind.INDICATOR);

    private SpecialistComponents() {
    }
}
