package se.vardval.tandvard.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.CodeForm;
import se.vardval.core.store.CodeForms;
import se.vardval.tandvard.RiskPoolDistribution;

/**
 * The activity codes dental care reads: {@code emergency=<treatment code>} on an emergency treatment and
 * {@code high_need=true} on a high-need treatment.
 */
@Component(service = ActivityCodeKeys.class)
public final class DentalCodeKeys implements ActivityCodeKeys {

    @Override
    public String modelType() {
        return TandvardModel.MODEL_TYPE;
    }

    @Override
    public Map<String, CodeForm> keys() {
        return Map.of(EmergencyElsewhere.CODE_KEY, CodeForms.text(), RiskPoolDistribution.HIGH_NEED_KEY,
                CodeForms.trueOrFalse());
    }
}
