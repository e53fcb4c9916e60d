package se.vardval.fotvard.internal;

import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.core.model.RunInputs;
import se.vardval.fotvard.TreatmentRiskGrades;

/** Reads the risk grade of each of a month's treatments from the referrals the model judges them by. */
@Component(service = TreatmentRiskGrades.class)
public final class RiskGradeReader implements TreatmentRiskGrades {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReferralSource referralFile;

    @Override
    public Map<String, Integer> read(RunInputs inputs) {
        Map<String, Integer> grades = new TreeMap<>();
        for (Decision d : RunContext.of(inputs, referralFile).decisions()) {
            if (d.referral() != null) {
                grades.put(d.treatment().activityId(), d.referral().riskGroup());
            }
        }
        return grades;
    }
}
