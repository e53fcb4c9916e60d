package se.vardval.tandvard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.ContractedUnits;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

/** One month's run of the model: the inputs, the parsed parameters, the listing day and the warnings found. */
final class RunContext {

    private final RunInputs inputs;
    private final TandvardParameters parameters;
    private final LocalDate listingDay;
    private final ContractedUnits units;
    private final List<RunWarning> warnings = new ArrayList<>();
    private PoolYear poolYear;

    private RunContext(RunInputs inputs, TandvardParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
        this.listingDay = parameters.listingDay().dayIn(inputs.period());
        this.units = ContractedUnits.of(inputs);
    }

    /**
     * Prepares a run.
     *
     * @throws UserError naming every problem when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs) {
        ParameterProblem.requireNone("Tandvård", ParameterValidator.validate(inputs.parameters()));
        return new RunContext(inputs, TandvardParameters.parse(inputs.parameters()));
    }

    RunInputs inputs() {
        return inputs;
    }

    TandvardParameters parameters() {
        return parameters;
    }

    LocalDate listingDay() {
        return listingDay;
    }

    /** The units with a contract in the period and their providers. */
    ContractedUnits units() {
        return units;
    }

    /** The risk pool's year ending with this month, read from the history once. */
    PoolYear poolYear() {
        if (poolYear == null) {
            poolYear = PoolYear.read(inputs);
        }
        return poolYear;
    }

    void warn(String hsaId, String code, String message) {
        warnings.add(new RunWarning(hsaId, code, message));
    }

    List<RunWarning> warnings() {
        return warnings;
    }
}
