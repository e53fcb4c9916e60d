package se.vardval.core.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.function.Consumer;

/** Measures the product on a generated region of a chosen size against the database's own floors. */
public interface Benchmark {

    /**
     * What one benchmark printed: sizes, the product's times and peak heap, and the database's bulk load of the same
     * listings file and one SQL aggregate over the same listings.
     */
    record Figures(String database, long persons, long listings, long activities, Duration generate,
            Duration importPersons, Duration importListings, Duration importActivities, Duration importAll,
            Duration run, long runPeakHeapBytes, long paymentLines, Duration bulkLoadFloor,
            Duration aggregateFloor) {
    }

    /**
     * Generates a region of {@code persons} with {@code months} months of listings and visits from January 2020 into
     * {@code workDirectory}, imports it into the current (empty) database, runs {@code month} of every demo vårdval,
     * and measures the floors; everything is written as {@code user} (an administrator of every vårdval).
     */
    Figures measure(Path workDirectory, int persons, int months, long seed, YearMonth month, String user,
            Consumer<String> progress);
}
