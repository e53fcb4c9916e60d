/**
 * Medicinsk fotvård's views in the client, contributed by the bundle's {@code fragment.e4xmi}: a month's treatments
 * per unit and risk group, the rejected ones with their reasons, and a chart of paid and rejected treatments per risk
 * group. Not exported.
 */
package se.vardval.fotvard.ui.internal;
