package se.vardval.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;

import se.vardval.demo.internal.RegionWriter;

/**
 * Generates a whole region in the CSV files of {@code data-formats.md}, deterministically from a seed: by default a
 * region like Jämtland Härjedalen (about 130 000 persons, 27 health centres, the year 2020), and for a bigger
 * population more units (one per 10 000 persons). Persons, listings and visits are written in one streaming pass, so
 * millions of persons need no more memory than a few.
 */
public final class DemoRegionGenerator {

    /** The population of Region Jämtland Härjedalen, the default size. */
    public static final int JAMTLAND_PERSONS = 130_000;

    private final long seed;
    private final int persons;

    /**
     * A generator of the given number of persons (at least 1); the same seed and size always give byte-identical
     * files.
     */
    public DemoRegionGenerator(long seed, int persons) {
        if (persons < 1) {
            throw new IllegalArgumentException("a region needs at least one person, not " + persons);
        }
        this.seed = seed;
        this.persons = persons;
    }

    /** Writes the twelve months of 2020. */
    public DemoRegionSummary writeTo(Path directory) throws IOException {
        return writeTo(directory, YearMonth.of(2020, 1), 12);
    }

    /**
     * Writes the region's files into the directory (created if missing, existing files of the same names replaced),
     * with listings, activity and monthly figures for {@code months} months from {@code from}.
     */
    public DemoRegionSummary writeTo(Path directory, YearMonth from, int months) throws IOException {
        if (months < 1) {
            throw new IllegalArgumentException("at least one month is needed, not " + months);
        }
        return new DemoRegionSummary(new RegionWriter(seed, persons).write(directory, from, months));
    }
}
