/**
 * Public views of the specialist reimbursement model for the client: which components are production under the
 * annual ceiling, and the register of care episodes with their warranty; the model itself is an OSGi service of type
 * {@link se.vardval.core.model.ReimbursementModel} with model type {@code specialist}.
 */
package se.vardval.specialist;
