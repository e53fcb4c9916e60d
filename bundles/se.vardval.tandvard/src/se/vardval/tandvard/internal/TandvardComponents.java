package se.vardval.tandvard.internal;

import java.util.Map;

import se.vardval.core.model.ComponentNames;

/** The Swedish names of children's dental care's payment components. */
final class TandvardComponents {

    static final ComponentNames NAMES = ComponentNames.of(Map.of(
            Capitation.CODE, "Tandvårdspeng",
            RiskPool.CODE, "Avsättning till riskpoolen",
            RiskPoolPayout.CODE, "Utbetalning ur riskpoolen",
            EmergencyElsewhere.CODE, "Akutbehandling av annan kliniks listade",
            EmergencyElsewhere.CHARGE, "Avdrag för listades akutbesök vid annan klinik"));

    private TandvardComponents() {
    }
}
