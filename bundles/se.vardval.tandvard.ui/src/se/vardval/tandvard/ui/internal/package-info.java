/**
 * Tandvård's views in the client, contributed by the bundle's {@code fragment.e4xmi}: the listed children per clinic by
 * age group and care-need group. Not exported.
 */
package se.vardval.tandvard.ui.internal;
