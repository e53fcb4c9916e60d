/**
 * Public tools of the Tandvård (dental care for children and young adults) reimbursement model; the model itself is
 * an OSGi service of type {@link se.vardval.core.model.ReimbursementModel} with model type {@code tandvard}.
 */
package se.vardval.tandvard;
