package se.vardval.fotvard.internal;

import java.util.Map;

import se.vardval.core.model.ComponentNames;

/** The Swedish names of medical foot care's payment components. */
final class FotvardComponents {

    static final ComponentNames NAMES = ComponentNames.of(Map.of(Lines.HOME_VISIT, "Tillägg för hembesök"))
            .withPrefix(Lines.TREATMENT, "Behandlingar riskgrupp");

    private FotvardComponents() {
    }
}
