package se.vardval.specialist.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.vardval.core.domain.Unit;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

/** One run of the specialist model: the inputs, the parsed parameters, the contracted units and the warnings. */
final class RunContext {

    private final RunInputs inputs;
    private final SpecialistParameters parameters;
    private final Map<String, Unit> units = new TreeMap<>();
    private final List<RunWarning> warnings = new ArrayList<>();

    private RunContext(RunInputs inputs, SpecialistParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
        for (Unit unit : inputs.units()) {
            units.put(unit.hsaId(), unit);
        }
    }

    /**
     * The context of a run.
     *
     * @throws UserError when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs) {
        List<ParameterProblem> problems = ParameterValidator.validate(inputs.parameters());
        if (!problems.isEmpty()) {
            throw new UserError("Förfrågningsunderlagets parametrar för specialistvården är ogiltiga: "
                    + problems.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        return new RunContext(inputs, SpecialistParameters.parse(inputs.parameters()));
    }

    RunInputs inputs() {
        return inputs;
    }

    SpecialistParameters parameters() {
        return parameters;
    }

    /** The units with a contract in the period, by HSA-id. */
    Map<String, Unit> units() {
        return units;
    }

    /** The provider (organisationsnummer) of a contracted unit, or null. */
    String providerOf(String hsaId) {
        Unit unit = units.get(hsaId);
        return unit == null ? null : unit.orgNr();
    }

    void warn(String hsaId, String code, String message) {
        warnings.add(new RunWarning(hsaId, code, message));
    }

    List<RunWarning> warnings() {
        return List.copyOf(warnings);
    }
}
