package se.vardval.core.service;

import java.util.List;
import java.util.Optional;

import se.vardval.core.model.ReimbursementModel;

/** The reimbursement models installed right now, as the service registry offers them. */
public interface ModelCatalog {

    /** Every installed model, ordered by model type. */
    List<ReimbursementModel> models();

    /** The model of a type, if its plugin is installed. */
    Optional<ReimbursementModel> model(String modelType);
}
