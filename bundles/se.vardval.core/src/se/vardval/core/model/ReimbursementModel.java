package se.vardval.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A reimbursement model type contributed by a vårdval plugin as an OSGi service. The core finds every model
 * through the service registry and knows nothing of any particular one.
 */
public interface ReimbursementModel {

    /** The model type id used in rulebooks and vårdval instances, e.g. {@code halsoval}. */
    String modelType();

    /** The name shown to administrators. */
    String displayName();

    /** A complete, valid parameter object with default values; it also shows the shape of the parameters. */
    ObjectNode defaultParameters();

    /** Every problem with the parameters, each naming the parameter and why; empty when valid. */
    List<ParameterProblem> validate(JsonNode parameters);

    /** The day whose listings count for the period. */
    LocalDate listingDay(JsonNode parameters, YearMonth period);

    /** Computes the period's payment lines and warnings; the same inputs must give the same lines. */
    ModelResult calculate(RunInputs inputs);

    /** Explains how a unit's, component's or person's amount arose in the period. */
    Explanation explain(RunInputs inputs, ExplainRequest request);

    /**
     * The payment components the model pays, with the names administrators and providers use for them, in Swedish
     * (AGE_CAPITATION: "Åldersviktad vårdpeng"); {@link ComponentNames#UNLISTED} for a model that does not list them.
     */
    default ComponentNames components() {
        return ComponentNames.UNLISTED;
    }

    /** The component's name from {@link #components()}; the code itself for a component the model does not name. */
    default String componentName(String component) {
        return components().nameOf(component);
    }

    /**
     * The component's name where a tilläggsuppdrag's or indicator's code in it is named as {@code codes} names it.
     */
    default String componentName(String component, CodeNames codes) {
        return components().nameOf(component, codes);
    }

    /**
     * The fixed annual rates among these parameters, which LPIK indexation raises each year; a model that declares
     * none is left alone by indexation.
     */
    default List<AnnualRate> annualRates(JsonNode parameters) {
        return List.of();
    }

    /**
     * The kr-per-point rates among these parameters that budget calibration may solve from a budget frame; a model
     * that declares none cannot be calibrated.
     */
    default List<CalibratableRate> calibratableRates(JsonNode parameters) {
        return List.of();
    }

    /**
     * For each unit paid in the month of {@code inputs}, the points a calibratable rate is multiplied by in a year:
     * under that rate the unit's line of the rate's component is points × rate / 12 before its rounding. Units
     * without points are left out.
     */
    default Map<String, BigDecimal> ratePoints(RunInputs inputs, CalibratableRate rate) {
        return Map.of();
    }
}
