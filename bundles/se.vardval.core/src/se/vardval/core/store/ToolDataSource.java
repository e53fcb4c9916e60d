package se.vardval.core.store;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.ToolData;

/** Opens the stored data of a vårdval for a model tool. */
public interface ToolDataSource {

    /** The data a model tool may read for the vårdval. */
    ToolData open(CareChoice careChoice);
}
