package se.vardval.tandvard.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.AnnualRate;
import se.vardval.core.model.ComponentNames;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ListingDay;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.RunInputs;

/**
 * The Tandvård (free dental care for children and young adults) reimbursement model: capitation by age group and
 * care-need group within the rulebook's age limits, the risk pool withheld from private clinics, and emergency
 * treatment elsewhere paid to the treating clinic and charged to the listing one.
 */
@Component(service = ReimbursementModel.class)
public final class TandvardModel implements ReimbursementModel {

    /** The model type id in rulebooks and vårdval instances. */
    public static final String MODEL_TYPE = "tandvard";

    @Override
    public String modelType() {
        return MODEL_TYPE;
    }

    @Override
    public String displayName() {
        return "Tandvård för barn och unga vuxna";
    }

    @Override
    public ComponentNames components() {
        return TandvardComponents.NAMES;
    }

    @Override
    public ObjectNode defaultParameters() {
        return DefaultParameters.create();
    }

    @Override
    public List<ParameterProblem> validate(JsonNode parameters) {
        return ParameterValidator.validate(parameters);
    }

    @Override
    public LocalDate listingDay(JsonNode parameters, YearMonth period) {
        return ListingDay.of(parameters).dayIn(period);
    }

    /**
     * {@inheritDoc}
     *
     * @throws se.vardval.core.service.UserError when the rulebook's parameters are invalid
     */
    @Override
    public ModelResult calculate(RunInputs inputs) {
        return Calculation.calculate(RunContext.of(inputs));
    }

    /**
     * {@inheritDoc} Here every cell of the capitation table, in whole kronor; emergency fees are per treatment and
     * the risk pool a percentage, so neither is indexed.
     */
    @Override
    public List<AnnualRate> annualRates(JsonNode parameters) {
        List<AnnualRate> rates = new ArrayList<>();
        JsonNode table = parameters.path("capitation");
        for (int i = 0; i < table.size(); i++) {
            for (int g = 0; g < table.get(i).size(); g++) {
                rates.add(new AnnualRate("capitation[" + i + "][" + g + "]", 0));
            }
        }
        return List.copyOf(rates);
    }

    @Override
    public Explanation explain(RunInputs inputs, ExplainRequest request) {
        return Explainer.explain(RunContext.of(inputs), request);
    }
}
