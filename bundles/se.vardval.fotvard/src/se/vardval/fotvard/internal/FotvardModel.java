package se.vardval.fotvard.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.AnnualRate;
import se.vardval.core.model.ComponentNames;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.RunInputs;

/**
 * The Medicinsk fotvård reimbursement model: a fee per treatment by the referral's risk group (net of the patient fee
 * when the rulebook says so) and a home-visit supplement, within a quota per person and referral year; treatments that
 * cannot be paid are rejected with a reason code, and each paid one's cost is handed over to the unit where the person
 * is listed in the vårdval the rulebook names. Referrals come from referral activities and, when the plugin's
 * {@code referrals.csv} has been imported, from that file.
 */
@Component(service = ReimbursementModel.class)
public final class FotvardModel implements ReimbursementModel {

    /** The model type id in rulebooks and vårdval instances. */
    public static final String MODEL_TYPE = "fotvard";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ReferralSource referralFile;

    @Override
    public String modelType() {
        return MODEL_TYPE;
    }

    @Override
    public String displayName() {
        return "Medicinsk fotvård";
    }

    @Override
    public ComponentNames components() {
        return FotvardComponents.NAMES;
    }

    @Override
    public ObjectNode defaultParameters() {
        return DefaultParameters.create();
    }

    @Override
    public List<ParameterProblem> validate(JsonNode parameters) {
        return ParameterValidator.validate(parameters);
    }

    /** {@inheritDoc} Foot care pays treatments, not listed persons: the first day of the month. */
    @Override
    public LocalDate listingDay(JsonNode parameters, YearMonth period) {
        return period.atDay(1);
    }

    /**
     * {@inheritDoc}
     *
     * @throws se.vardval.core.service.UserError when the rulebook's parameters are invalid
     */
    @Override
    public ModelResult calculate(RunInputs inputs) {
        Calculation month = Calculation.of(RunContext.of(inputs, referralFile));
        return new ModelResult(month.lines(), month.warnings(), month.rejected().stream().map(Decision::rejectedItem)
                .toList(), month.handOvers().stream().map(h -> new CostHandOver(h.hsaId(), inputs.period(),
                        CostCategory.FOOT_CARE, h.amount(), h.reference())).toList());
    }

    /** {@inheritDoc} Here the fee of each risk group and the home-visit supplement, in whole kronor. */
    @Override
    public List<AnnualRate> annualRates(JsonNode parameters) {
        return List.of(new AnnualRate("fees.2", 0), new AnnualRate("fees.3", 0), new AnnualRate("fees.4", 0),
                new AnnualRate("homeVisitSupplement", 0));
    }

    @Override
    public Explanation explain(RunInputs inputs, ExplainRequest request) {
        return Explainer.explain(RunContext.of(inputs, referralFile), request);
    }
}
