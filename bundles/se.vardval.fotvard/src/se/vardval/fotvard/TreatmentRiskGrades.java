package se.vardval.fotvard;

import java.util.Map;

import se.vardval.core.model.RunInputs;

/** The risk grade of the referral each of a month's foot-care treatments names (an OSGi service). */
public interface TreatmentRiskGrades {

    /**
     * The risk grade (1–4) of the referral each treatment of the inputs' month names, by the treatment's activity id,
     * as the model finds the referral (from referral activities and {@code referrals.csv}); a treatment that names no
     * known referral is absent.
     *
     * @throws se.vardval.core.service.UserError when the parameters are not valid Medicinsk fotvård parameters
     */
    Map<String, Integer> read(RunInputs inputs);
}
