package se.vardval.core.service;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Builds the demo region in the current database: generated register and activity, plugins' vårdval and rulebooks. */
public interface DemoRegion {

    /** What loading the demo region produced. */
    record Summary(long persons, long listings, long activities, int careChoices, int rulebooks) {
    }

    /**
     * Generates the demo region's files into {@code workDirectory} with the given size and seed, imports them and
     * loads every plugin's demo vårdval and rulebooks, as {@code user} (an administrator of every vårdval).
     */
    Summary load(Path workDirectory, int persons, long seed, String user, Consumer<String> progress);

    /** Registers every plugin's demo vårdval as {@code user}; returns how many. */
    int registerCareChoices(String user);

    /** Stores every plugin's demo rulebooks as {@code user}; returns how many. */
    int storeRulebooks(String user, Consumer<String> progress);
}
