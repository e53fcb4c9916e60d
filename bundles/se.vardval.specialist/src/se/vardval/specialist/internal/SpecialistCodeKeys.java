package se.vardval.specialist.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.CodeForm;
import se.vardval.core.store.CodeForms;

/**
 * The activity codes specialist care reads: {@code visit=NEW|RETURN} and {@code referral=<id>} on a visit,
 * {@code drg=<code>} and {@code los=<days>} on a stay, {@code episode=<code>}, {@code event=START|FOLLOWUP|REOPERATION}
 * and {@code prom=<delta>} on an episode's activities.
 */
@Component(service = ActivityCodeKeys.class)
public final class SpecialistCodeKeys implements ActivityCodeKeys {

    @Override
    public String modelType() {
        return SpecialistModel.MODEL_TYPE;
    }

    @Override
    public Map<String, CodeForm> keys() {
        return Map.of(VisitPricing.VISIT_KEY, CodeForms.oneOf("NEW", "RETURN"),
                VisitPricing.REFERRAL_KEY, CodeForms.text(),
                DrgPricing.DRG_KEY, CodeForms.text(),
                DrgPricing.LOS_KEY, CodeForms.withRule(CodeForms.wholeNumber(0, Integer.MAX_VALUE),
                        "måste vara ett helt antal dagar ≥ 0"),
                EpisodeLedger.EPISODE_KEY, CodeForms.text(),
                EpisodeLedger.EVENT_KEY, CodeForms.oneOf("START", "FOLLOWUP", "REOPERATION"),
                EpisodeLedger.PROM_KEY, CodeForms.decimal());
    }
}
