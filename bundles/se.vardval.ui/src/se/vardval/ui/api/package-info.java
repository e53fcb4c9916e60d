/**
 * What a vårdval plugin's UI bundle may contribute to the client besides its {@code fragment.e4xmi}: part descriptors
 * tagged {@value se.vardval.ui.api.ClientTags#MODEL_PREFIX}{@code <modelType>} appear in the navigator under every
 * vårdval of that model type (tagged {@value se.vardval.ui.api.ClientTags#EVERY_MODEL}: under every vårdval), and a
 * {@link se.vardval.ui.api.ModelPresentation} service gives the model its icon.
 */
package se.vardval.ui.api;
