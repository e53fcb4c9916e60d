package se.vardval.specialist.internal;

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
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.RunInputs;

/**
 * The model of every specialist vårdval (hud, ögon, höft- och knäprotes, ...): visit fees, DRG with long-stay
 * outliers, care episodes with a warranty, value-based PROM payment, goal-related percentages, fixed grants and the
 * annual production ceiling per provider, each instance with its own rulebook.
 */
@Component(service = ReimbursementModel.class)
public final class SpecialistModel implements ReimbursementModel {

    /** The model type id in rulebooks and vårdval instances. */
    public static final String MODEL_TYPE = "specialist";

    @Override
    public String modelType() {
        return MODEL_TYPE;
    }

    @Override
    public String displayName() {
        return "Specialistvård (LOV)";
    }

    @Override
    public ComponentNames components() {
        return SpecialistComponents.NAMES;
    }

    @Override
    public ObjectNode defaultParameters() {
        return DefaultParameters.create();
    }

    @Override
    public List<ParameterProblem> validate(JsonNode parameters) {
        return ParameterValidator.validate(parameters);
    }

    /** {@inheritDoc} Specialist care has no listing; the first of the month is given. */
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
        return MonthlyRun.of(RunContext.of(inputs)).result();
    }

    @Override
    public Explanation explain(RunInputs inputs, ExplainRequest request) {
        MonthlyRun run = MonthlyRun.of(RunContext.of(inputs));
        return Explainer.explain(run.context(), run.month(), run.earlierProduction(), request);
    }

    /**
     * {@inheritDoc} Here the prices in kronor: each visit price, the DRG price per point and outlier day, each
     * episode price and the ceiling; percentages and weights are not indexed.
     */
    @Override
    public List<AnnualRate> annualRates(JsonNode parameters) {
        List<AnnualRate> rates = new ArrayList<>();
        for (int i = 0; i < parameters.path("visitPrices").size(); i++) {
            rates.add(new AnnualRate("visitPrices[" + i + "].kr", 0));
        }
        rates.add(new AnnualRate("drgPricePerPoint", 0));
        rates.add(new AnnualRate("drgOutlier.krPerDay", 0));
        parameters.path("episodes").fieldNames()
                .forEachRemaining(code -> rates.add(new AnnualRate("episodes." + code + ".price", 0)));
        rates.add(new AnnualRate("ceiling.annualAmount", 0));
        return List.copyOf(rates);
    }
}
