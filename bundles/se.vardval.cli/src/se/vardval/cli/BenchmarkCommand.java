package se.vardval.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.YearMonth;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.service.Benchmark.Figures;
import se.vardval.core.service.Benchmark.Region;

/** Generates, imports and runs a region of N persons and prints the figures against the database's floors. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "Genererar en region med N personer, importerar den till en tom databas (--db), kör en månad "
                + "av varje demovårdval med ett beslutat förfrågningsunderlag för året och skriver rader/s, körtid och "
                + "högsta heap bredvid databasens egna golv: dess bulkladdning av samma listningsfil (utan vidare, och "
                + "följd av en primärnyckel över person, vårdval och startdag) och ett SQL-aggregat över de körda "
                + "vårdvalens listningar.")
class BenchmarkCommand extends ServiceCommand {

    @Option(names = "--persons", defaultValue = "130000",
            description = "Antal personer att generera (standard ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--months", defaultValue = "12",
            description = "Antal månader av listningar och besök att generera från 2020-01 (standard "
                    + "${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--visit-rate", defaultValue = "1", description = "Besök per person som en multipel av "
            + "primärvårdens ungefär tre om året (standard ${DEFAULT-VALUE}; 1.7 ger 1 miljon besök i månaden vid "
            + "2,4 miljoner personer).")
    double visitRate;

    @Option(names = "--seed", defaultValue = "2020", description = "Generatorns frö (standard ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--month", defaultValue = "2020-03", paramLabel = "<ÅÅÅÅ-MM>",
            description = "Månaden som körs (standard ${DEFAULT-VALUE}).")
    YearMonth month;

    BenchmarkCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        Figures f = GeneratedFiles.inTemporaryDirectory("vardval-benchmark", directory -> services.benchmark()
                .measure(directory, new Region(persons, months, visitRate, seed), month, user(), out()::println));
        print(f);
        return 0;
    }

    private void print(Figures f) {
        out().printf("databas              %s%n", f.database());
        out().printf("genererat            %s personer, %s listningar, %s vårdkontakter (%s i %s) på %s%n",
                SwedishNumbers.count(f.persons()), SwedishNumbers.count(f.listings()),
                SwedishNumbers.count(f.activities()), SwedishNumbers.count(f.runMonthActivities()), month,
                seconds(f.generate()));
        out().printf("import personer      %s  %s rader/s%n", seconds(f.importPersons()),
                rate(f.persons(), f.importPersons()));
        out().printf("import listningar    %s  %s rader/s%n", seconds(f.importListings()),
                rate(f.listings(), f.importListings()));
        out().printf("import vårdkontakter %s  %s rader/s%n", seconds(f.importActivities()),
                rate(f.activities(), f.importActivities()));
        out().printf("import alla filer    %s  högsta heap %s MB%n", seconds(f.importAll()),
                SwedishNumbers.count(f.importPeakHeapBytes() / (1024 * 1024)));
        out().printf("körning %s      %s  %s rader, högsta heap %s MB%n", month, seconds(f.run()),
                SwedishNumbers.count(f.paymentLines()), SwedishNumbers.count(f.runPeakHeapBytes() / (1024 * 1024)));
        out().printf("golv: bulkladdning   %s  %s rader/s (listningar)%n", seconds(f.bulkLoadFloor()),
                rate(f.listings(), f.bulkLoadFloor()));
        out().printf("golv: med nyckel     %s  %s rader/s (listningar, sedan en nyckel över person, vårdval och "
                + "startdag)%n", seconds(f.keyedBulkLoadFloor()), rate(f.listings(), f.keyedBulkLoadFloor()));
        out().printf("golv: aggregat       %s  (listade per enhet och åldersgrupp)%n", seconds(f.aggregateFloor()));
        out().printf("mål: import av listningar i %s av bulkladdningens takt (mål >= 0,5; %s av laddningen med "
                + "nyckel); körning på %s x aggregatet (mål <= 2)%n",
                SwedishNumbers.decimal(ratio(f.bulkLoadFloor(), f.importListings()), 2),
                SwedishNumbers.decimal(ratio(f.keyedBulkLoadFloor(), f.importListings()), 2),
                SwedishNumbers.decimal(ratio(f.run(), f.aggregateFloor()), 1));
    }

    private static String seconds(Duration d) {
        return String.format("%8s s", SwedishNumbers.decimal(d.toMillis() / 1000.0, 2));
    }

    private static String rate(long rows, Duration d) {
        return String.format("%12s", SwedishNumbers.decimal(rows / Math.max(d.toNanos() / 1e9, 1e-9), 0));
    }

    private static double ratio(Duration numerator, Duration denominator) {
        return numerator.toNanos() / (double) Math.max(denominator.toNanos(), 1);
    }
}
