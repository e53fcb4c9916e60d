package se.vardval.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import se.vardval.core.service.DemoData;
import se.vardval.core.service.UserError;

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

    /** The first month of the default region. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2020, 1);

    /** The months of the default region. */
    public static final int MONTHS = 12;

    private final long seed;
    private final int persons;
    private final double visitRate;

    /**
     * A generator of the given number of persons (at least 1); the same seed and size always give byte-identical
     * files.
     */
    public DemoRegionGenerator(long seed, int persons) {
        this(seed, persons, 1);
    }

    /**
     * A generator whose persons make {@code visitRate} times the visits of Swedish primary care (about three a year;
     * a rate of 1 gives the same files as {@link #DemoRegionGenerator(long, int)}), e.g. to benchmark a region with
     * more visits a month.
     */
    public DemoRegionGenerator(long seed, int persons, double visitRate) {
        if (persons < 1) {
            throw new UserError("en region behöver minst en person, inte " + persons);
        }
        if (!(visitRate > 0)) {
            throw new UserError("besöksfrekvensen måste vara större än 0, inte " + visitRate);
        }
        this.seed = seed;
        this.persons = persons;
        this.visitRate = visitRate;
    }

    /** Writes the twelve months of 2020. */
    public DemoRegionSummary writeTo(Path directory) throws IOException {
        return writeTo(directory, FIRST_MONTH, MONTHS);
    }

    /** The {@code count} months from {@code first} on, oldest first: the months a region generated so covers. */
    public static List<YearMonth> months(YearMonth first, int count) {
        return Stream.iterate(first, m -> m.plusMonths(1)).limit(count).toList();
    }

    /** The Hälsoval units of the region, with their providers, ordered by HSA-id. */
    public List<DemoData.DemoUnit> units() {
        return new RegionWriter(seed, persons, visitRate).units();
    }

    /**
     * Writes the region's files into the directory (created if missing, existing files of the same names replaced),
     * with listings, activity and monthly figures for {@code months} months from {@code from}.
     */
    public DemoRegionSummary writeTo(Path directory, YearMonth from, int months) throws IOException {
        if (months < 1) {
            throw new UserError("minst en månad behövs, inte " + months);
        }
        return new DemoRegionSummary(new RegionWriter(seed, persons, visitRate).write(directory, from, months));
    }
}
