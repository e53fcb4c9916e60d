/**
 * Hälsoval's own views in the client, contributed through {@code fragment.e4xmi}: CNI per unit, the listed persons per
 * unit by age band and sex, and the component mix per unit.
 */
package se.vardval.halsoval.ui.internal;
