package se.vardval.core.service;

import java.util.Map;

/**
 * The components a plugin pays in any vårdval outside its model, as decided payments (the deficit compensation's
 * {@code DEFICIT_COMPENSATION}), with their Swedish names; offered as a service (whiteboard).
 */
public interface DecidedComponentNames {

    /** Each component code this plugin pays as decided payments, with its name. */
    Map<String, String> names();
}
