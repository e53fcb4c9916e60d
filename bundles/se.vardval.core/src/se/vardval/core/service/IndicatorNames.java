package se.vardval.core.service;

import java.util.Optional;

/**
 * The Swedish names of indicator codes, offered as a service by the plugin that knows them (the follow-up), so that a
 * target payment is shown under its indicator's name.
 */
public interface IndicatorNames {

    /** The indicator's name, if the code is one this service knows. */
    Optional<String> nameOf(String code);
}
