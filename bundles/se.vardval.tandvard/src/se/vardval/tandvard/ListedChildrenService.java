package se.vardval.tandvard;

import se.vardval.core.model.RunInputs;

/** Counts a Tandvård vårdval's listed children per clinic by age group and care-need group (an OSGi service). */
public interface ListedChildrenService {

    /**
     * The children listed on the listing day of the inputs' month under the inputs' rulebook parameters, per clinic
     * (the clinics with a contract in the month, by name, then any other clinic with listed children).
     *
     * @throws se.vardval.core.service.UserError when the parameters are not valid Tandvård parameters
     */
    ListedChildren read(RunInputs inputs);
}
