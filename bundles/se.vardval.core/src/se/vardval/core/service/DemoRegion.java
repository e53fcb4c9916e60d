package se.vardval.core.service;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
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

    /**
     * Lets every plugin add its demo rows (its units, contracts, listings, activities and files of its own) to a
     * region's generated files in {@code directory}, each plugin with its own random source derived from {@code seed}:
     * the region's Hälsoval {@code units}, its {@code persons} and the {@code months} it covers. The plugins' vårdval
     * must be registered ({@link #registerCareChoices}) before the files are imported.
     */
    void writePluginData(Path directory, List<DemoData.DemoUnit> units, long persons, long seed,
            List<YearMonth> months, Consumer<String> progress);

    /** Registers every plugin's demo vårdval as {@code user}; returns how many. */
    int registerCareChoices(String user);

    /** Stores every plugin's demo rulebooks as {@code user}; returns how many. */
    int storeRulebooks(String user, Consumer<String> progress);
}
