package se.vardval.core.store;

import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.RunInputs;

/** Opens a view of the stored data for one vårdval and month, as a model reads it. */
public interface RunDataSource {

    /** The inputs of a run of {@code careChoice} for {@code period} under the given rulebook parameters. */
    RunInputs open(CareChoice careChoice, YearMonth period, JsonNode parameters);
}
