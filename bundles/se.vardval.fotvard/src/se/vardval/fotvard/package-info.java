/**
 * Public tools of the Medicinsk fotvård (medical foot care) reimbursement model; the model itself is an OSGi service
 * of type {@link se.vardval.core.model.ReimbursementModel} with model type {@code fotvard}.
 */
package se.vardval.fotvard;
