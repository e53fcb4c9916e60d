package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.AnnualRate;
import se.vardval.core.model.CalibratableRate;
import se.vardval.core.model.ComponentNames;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ListingDay;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.RunInputs;

/**
 * The Hälsoval (primary care) reimbursement model: capitation by age, CNI and drugs, sparsity, visits, targets,
 * supplementary assignments, penalties, patient fees, cost responsibility and VAT compensation.
 */
@Component(service = ReimbursementModel.class)
public final class HalsovalModel implements ReimbursementModel {

    /** The model type id in rulebooks and vårdval instances. */
    public static final String MODEL_TYPE = "halsoval";

    private final ListingTallyCache tallies = new ListingTallyCache();

    @Override
    public String modelType() {
        return MODEL_TYPE;
    }

    @Override
    public String displayName() {
        return "Hälsoval (primärvård)";
    }

    @Override
    public ComponentNames components() {
        return HalsovalComponents.NAMES;
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
     * @throws se.vardval.core.service.UserError when the rulebook's parameters are invalid, or when
     *             {@code cni.source} is {@code UNIT_FILE} and a unit with listed persons has no CNI from SCB (the
     *             message names every such unit)
     */
    @Override
    public ModelResult calculate(RunInputs inputs) {
        return Calculation.calculate(RunContext.of(inputs));
    }

    @Override
    public List<AnnualRate> annualRates(JsonNode parameters) {
        return AnnualRates.of(parameters);
    }

    @Override
    public List<CalibratableRate> calibratableRates(JsonNode parameters) {
        return CalibratableRates.RATES;
    }

    @Override
    public Map<String, BigDecimal> ratePoints(RunInputs inputs, CalibratableRate rate) {
        return CalibratableRates.points(RunContext.of(inputs), rate);
    }

    /**
     * {@inheritDoc}
     * <p>
     * The listing day's tallies an explanation counts are kept until the stored listings change, so that the next
     * explanation of the month, a person's or a line's, reads only its own rows.
     */
    @Override
    public Explanation explain(RunInputs inputs, ExplainRequest request) {
        return Explainer.explain(RunContext.of(inputs, request.codeNames(), tallies), request);
    }
}
