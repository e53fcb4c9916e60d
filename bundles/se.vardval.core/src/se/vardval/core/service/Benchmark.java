package se.vardval.core.service;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.function.Consumer;

/** Measures the product on a generated region of a chosen size against the database's own floors. */
public interface Benchmark {

    /**
     * The region to generate: {@code persons}, {@code months} of listings and visits from January 2020, and the
     * persons' visits as a multiple ({@code visitRate}) of Swedish primary care's three or so a year.
     */
    record Region(int persons, int months, double visitRate, long seed) {
    }

    /**
     * What one benchmark printed: sizes, the product's times and peak heap, and the database's bulk load of the same
     * listings file (plain, and followed by a primary key over person, vårdval and valid-from) and one SQL aggregate
     * over the same listings.
     */
    record Figures(String database, long persons, long listings, long activities, long runMonthActivities,
            Duration generate, Duration importPersons, Duration importListings, Duration importActivities,
            Duration importAll, long importPeakHeapBytes, Duration run, long runPeakHeapBytes, long paymentLines,
            Duration bulkLoadFloor, Duration keyedBulkLoadFloor, Duration aggregateFloor) {
    }

    /**
     * Generates the region into {@code workDirectory}, imports it into the current (empty) database, runs
     * {@code month} of every demo vårdval with a decided rulebook for that year, and measures the floors (one aggregate
     * over the listings of every vårdval run); everything is written as {@code user} (an administrator of every
     * vårdval).
     */
    Figures measure(Path workDirectory, Region region, YearMonth month, String user, Consumer<String> progress);
}
