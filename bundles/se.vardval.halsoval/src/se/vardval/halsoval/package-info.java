/**
 * Public tools of the Hälsoval (primary care) reimbursement model; the model itself is an OSGi service of type
 * {@link se.vardval.core.model.ReimbursementModel} with model type {@code halsoval}.
 */
package se.vardval.halsoval;
