package se.vardval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.service.Benchmark.Figures;
import se.vardval.core.service.Benchmark.Region;

/** Generates, imports and runs a region of N persons and prints the figures against the database's floors. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Generates a region of N persons, imports it into an empty database (--db), runs a month of "
                + "every demo vårdval with a decided rulebook for its year and prints rows/s, run time and peak heap "
                + "beside the database's own floors: its bulk load of the same listings file (plain, and followed by "
                + "the listing table's primary key) and one SQL aggregate over the listings of each vårdval run.")
class BenchmarkCommand extends ServiceCommand {

    @Option(names = "--persons", defaultValue = "130000", description = "Persons to generate (default ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--months", defaultValue = "12",
            description = "Months of listings and visits to generate from 2020-01 (default ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--visit-rate", defaultValue = "1", description = "Visits per person as a multiple of Swedish "
            + "primary care's three or so a year (default ${DEFAULT-VALUE}; 1.7 gives 1 M visits a month at 2.4 M "
            + "persons).")
    double visitRate;

    @Option(names = "--seed", defaultValue = "2020", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--month", defaultValue = "2020-03", description = "The month to run (default ${DEFAULT-VALUE}).")
    YearMonth month;

    BenchmarkCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        Path directory = Files.createTempDirectory("vardval-benchmark");
        Figures f;
        try {
            f = services.benchmark().measure(directory, new Region(persons, months, visitRate, seed), month, user(),
                    out()::println);
        } finally {
            deleteFiles(directory);
        }
        out().printf("database           %s%n", f.database());
        out().printf("generated          %,d persons, %,d listings, %,d activities (%,d in %s) in %s%n",
                f.persons(), f.listings(), f.activities(), f.runMonthActivities(), month, seconds(f.generate()));
        out().printf("import persons     %s  %s rows/s%n", seconds(f.importPersons()), rate(f.persons(), f.importPersons()));
        out().printf("import listings    %s  %s rows/s%n", seconds(f.importListings()),
                rate(f.listings(), f.importListings()));
        out().printf("import activities  %s  %s rows/s%n", seconds(f.importActivities()),
                rate(f.activities(), f.importActivities()));
        out().printf("import all files   %s%n", seconds(f.importAll()));
        out().printf("run %s         %s  %,d lines, peak heap %,d MB%n", month, seconds(f.run()), f.paymentLines(),
                f.runPeakHeapBytes() / (1024 * 1024));
        out().printf("floor: bulk load   %s  %s rows/s (listings)%n", seconds(f.bulkLoadFloor()),
                rate(f.listings(), f.bulkLoadFloor()));
        out().printf("floor: keyed load  %s  %s rows/s (listings, then the listing table's primary key)%n",
                seconds(f.keyedBulkLoadFloor()), rate(f.listings(), f.keyedBulkLoadFloor()));
        out().printf("floor: aggregate   %s  (listed per unit and age band)%n", seconds(f.aggregateFloor()));
        out().printf("goals: import listings at %.2f of the bulk-load rate (goal >= 0.5; %.2f of the keyed load's); run "
                + "at %.1f x the aggregate (goal <= 2)%n", ratio(f.bulkLoadFloor(), f.importListings()),
                ratio(f.keyedBulkLoadFloor(), f.importListings()), ratio(f.run(), f.aggregateFloor()));
        return 0;
    }

    /** Deletes the generated files, hundreds of megabytes at millions of persons, and their directory. */
    private static void deleteFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    private static String seconds(Duration d) {
        return String.format("%8.2f s", d.toMillis() / 1000.0);
    }

    private static String rate(long rows, Duration d) {
        return String.format("%,12.0f", rows / Math.max(d.toNanos() / 1e9, 1e-9));
    }

    private static double ratio(Duration numerator, Duration denominator) {
        return numerator.toNanos() / (double) Math.max(denominator.toNanos(), 1);
    }
}
