/**
 * The year's views in the client, contributed by this bundle's fragment under every vårdval: next year's rulebook and
 * the comparison of two rulebooks, LPIK indexation, scenarios and deficit compensation; they call the services of
 * {@code se.vardval.annual}, which check the user's roles.
 */
package se.vardval.annual.ui.internal;
