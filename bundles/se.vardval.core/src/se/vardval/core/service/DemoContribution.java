package se.vardval.core.service;

import java.util.List;
import java.util.Map;

import se.vardval.core.domain.CareChoice;

/**
 * What a vårdval plugin adds to the embedded demo region: its vårdval instances and their demo rulebooks. Plugins
 * register it as an OSGi service; the demo loader collects every one.
 */
public interface DemoContribution {

    /** The plugin's vårdval instances in the demo region. */
    List<CareChoice> careChoices();

    /** Demo rulebooks as rulebook JSON documents; those with status DECIDED are decided when loaded. */
    List<String> rulebooks();

    /**
     * Alternative rulebook proposals by name (e.g. the opposition's proposal for a year), as rulebook JSON documents
     * that are compared as scenarios and never stored as the year's rulebook.
     */
    default Map<String, String> proposals() {
        return Map.of();
    }

    /**
     * Adds the plugin's demo data (its units, contracts, listings, activities, ...) to the generated region's files,
     * after the generator wrote them and before they are imported through the ordinary import; the plugin's vårdval
     * are registered by then.
     */
    default void writeDemoData(DemoData data) {
    }
}
