package se.vardval.tandvard.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

/** One month's run of the model: the inputs, the parsed parameters, the listing day and the warnings found. */
final class RunContext {

    private final RunInputs inputs;
    private final TandvardParameters parameters;
    private final LocalDate listingDay;
    private final Map<String, Unit> units;
    private final Map<String, Provider> providers;
    private final List<RunWarning> warnings = new ArrayList<>();
    private PoolYear poolYear;

    private RunContext(RunInputs inputs, TandvardParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
        this.listingDay = parameters.listingDay().dayIn(inputs.period());
        this.units = inputs.units().stream().collect(Collectors.toMap(Unit::hsaId, Function.identity(), (a, b) -> a));
        this.providers = inputs.providers().stream()
                .collect(Collectors.toMap(Provider::orgNr, Function.identity(), (a, b) -> a));
    }

    /**
     * Prepares a run.
     *
     * @throws UserError naming every problem when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs) {
        var problems = ParameterValidator.validate(inputs.parameters());
        if (!problems.isEmpty()) {
            throw new UserError("Förfrågningsunderlagets parametrar för Tandvård är ogiltiga: "
                    + problems.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
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

    /** The units with a contract in the period, by HSA-id. */
    Map<String, Unit> units() {
        return units;
    }

    /** Whether the unit belongs to a PRIVATE provider; false when the register lacks the unit or its provider. */
    boolean isPrivate(String hsaId) {
        Unit unit = units.get(hsaId);
        Provider provider = unit == null ? null : providers.get(unit.orgNr());
        return provider != null && provider.ownership() == Ownership.PRIVATE;
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
