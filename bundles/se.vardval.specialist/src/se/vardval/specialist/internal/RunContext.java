package se.vardval.specialist.internal;

import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.ContractedUnits;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

/** One run of the specialist model: the inputs, the parsed parameters, the contracted units and the warnings. */
final class RunContext {

    private final RunInputs inputs;
    private final SpecialistParameters parameters;
    private final ContractedUnits units;
    private final List<RunWarning> warnings = new ArrayList<>();

    private RunContext(RunInputs inputs, SpecialistParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
        this.units = ContractedUnits.of(inputs);
    }

    /**
     * The context of a run.
     *
     * @throws UserError when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs) {
        ParameterProblem.requireNone("specialistvården", ParameterValidator.validate(inputs.parameters()));
        return new RunContext(inputs, SpecialistParameters.parse(inputs.parameters()));
    }

    RunInputs inputs() {
        return inputs;
    }

    SpecialistParameters parameters() {
        return parameters;
    }

    /** The units with a contract in the period and their providers. */
    ContractedUnits units() {
        return units;
    }

    void warn(String hsaId, String code, String message) {
        warnings.add(new RunWarning(hsaId, code, message));
    }

    List<RunWarning> warnings() {
        return List.copyOf(warnings);
    }
}
