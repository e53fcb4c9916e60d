package se.vardval.fotvard.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.CodeForm;
import se.vardval.core.store.CodeForms;

/**
 * The activity codes foot care reads: {@code referral=<id>} on a referral and a treatment, {@code risk=<1..4>} on a
 * referral, {@code home=true} on a treatment at home.
 */
@Component(service = ActivityCodeKeys.class)
public final class FootCareCodeKeys implements ActivityCodeKeys {

    @Override
    public String modelType() {
        return FotvardModel.MODEL_TYPE;
    }

    @Override
    public Map<String, CodeForm> keys() {
        return Map.of(Judge.REFERRAL, CodeForms.text(), Referrals.RISK, CodeForms.wholeNumber(1, 4), Judge.HOME,
                CodeForms.trueOrFalse());
    }
}
