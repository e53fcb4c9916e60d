package se.vardval.ui.api;

import java.net.URL;

/**
 * How a vårdval plugin's UI bundle presents its model type in the client's navigator: the model's icon. Registered as
 * an OSGi service; a model without one is shown with the client's generic icon.
 */
public interface ModelPresentation {

    /** The model type this presentation is for, e.g. {@code halsoval}. */
    String modelType();

    /** A 16×16 PNG icon in the plugin's bundle. */
    URL icon();
}
