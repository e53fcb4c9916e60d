package se.vardval.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.service.Benchmark;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.demo.DemoRegionGenerator;
import se.vardval.demo.DemoRegionSummary;
import se.vardval.imports.ImportDirectory;
import se.vardval.imports.ImportDirectory.ImportFile;
import se.vardval.imports.ImportFileType;

/** Generates, imports and runs a region of a chosen size and measures the database's floors on the same data. */
@Component(service = Benchmark.class)
public class RegionBenchmark implements Benchmark {

    /** The progress is Swedish, numbers grouped with a space and with a decimal comma. */
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ImportService imports;
    private final DemoRegion demo;
    private final PaymentRunService runner;
    private final MasterDataStore masterData;
    private final RunStore runs;
    private final RulebookStore rulebooks;
    private final DatabaseFloors floors;
    private final String database;

    /** Created by DS with the services the benchmark drives and the workbench database. */
    @Activate
    public RegionBenchmark(@Reference ImportService imports, @Reference DemoRegion demo,
            @Reference PaymentRunService runner, @Reference MasterDataStore masterData, @Reference RunStore runs,
            @Reference RulebookStore rulebooks, @Reference(target = "(vardval.db=workbench)") DataSource dataSource) {
        this.imports = imports;
        this.demo = demo;
        this.runner = runner;
        this.masterData = masterData;
        this.runs = runs;
        this.rulebooks = rulebooks;
        this.floors = new DatabaseFloors(dataSource);
        this.database = dataSource.toString();
    }

    @Override
    public Figures measure(Path workDirectory, Region region, YearMonth month, String user,
            Consumer<String> progress) {
        YearMonth first = YearMonth.of(2020, 1);
        requireGenerated(region, month, first);
        if (!runs.latest().isEmpty() || !masterData.providers().isEmpty()) {
            throw new UserError("benchmark kräver en tom databas; ange en ny med --db");
        }
        progress.accept(String.format(SWEDISH, "genererar %,d personer, %d månader, besöksfaktor %s",
                region.persons(), region.months(), String.valueOf(region.visitRate()).replace('.', ',')));
        long start = System.nanoTime();
        DemoRegionGenerator generator = new DemoRegionGenerator(region.seed(), region.persons(), region.visitRate());
        DemoRegionSummary generated = generate(generator, workDirectory, first, region.months());
        demo.registerCareChoices(user);
        demo.writePluginData(workDirectory, generator.units(), generated.persons(), region.seed(),
                DemoRegionGenerator.months(first, region.months()), progress);
        Duration generate = since(start);
        Map<ImportFileType, Imported> imported;
        long importPeak;
        List<CareChoice> decided;
        long lines;
        Duration run;
        long peak;
        try (HeapPeak heap = new HeapPeak()) {
            heap.reset();
            imported = importAll(workDirectory, user, progress);
            importPeak = heap.bytes();
            demo.storeRulebooks(user, progress);
            decided = withDecidedRulebook(month.getYear(), progress);
            heap.reset();
            start = System.nanoTime();
            lines = run(decided, month, user, progress);
            run = since(start);
            peak = heap.bytes();
        }
        progress.accept("mäter databasens golv");
        Path listings = workDirectory.resolve(ImportFileType.LISTINGS.fileName());
        Duration bulkLoad = timed(() -> floors.bulkLoad(listings));
        Duration keyedBulkLoad = timed(() -> floors.keyedBulkLoad(listings));
        List<String> ran = decided.stream().map(CareChoice::id).toList();
        Duration aggregate = timed(() -> floors.listedPerUnitAndAgeBand(ran, month.atDay(1)));
        progress.accept(String.format(SWEDISH, "aggregat över listningarna i %s på %.2f s", String.join(", ", ran),
                aggregate.toMillis() / 1000.0));
        return new Figures(database, imported.get(ImportFileType.PERSONS).rows(),
                imported.get(ImportFileType.LISTINGS).rows(), imported.get(ImportFileType.ACTIVITIES).rows(),
                floors.activitiesIn(month), generate, imported.get(ImportFileType.PERSONS).time(),
                imported.get(ImportFileType.LISTINGS).time(), imported.get(ImportFileType.ACTIVITIES).time(),
                imported.values().stream().map(Imported::time).reduce(Duration.ZERO, Duration::plus), importPeak,
                run, peak, lines, bulkLoad, keyedBulkLoad, aggregate);
    }

    /** Refuses a region without months, or a month to run that is not among those generated from {@code first}. */
    private static void requireGenerated(Region region, YearMonth month, YearMonth first) {
        if (region.months() < 1) {
            throw new UserError("benchmark behöver minst en genererad månad, inte " + region.months());
        }
        if (month.isBefore(first) || !month.isBefore(first.plusMonths(region.months()))) {
            throw new UserError("månaden att köra, " + month + ", är inte en av de " + region.months()
                    + " genererade månaderna från " + first);
        }
    }

    private static DemoRegionSummary generate(DemoRegionGenerator generator, Path directory, YearMonth first,
            int months) {
        try {
            return generator.writeTo(directory, first, months);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark files to " + directory, e);
        }
    }

    /** The rows of the files of one type imported, and the time their import took. */
    private record Imported(long rows, Duration time) {

        Imported plus(Imported other) {
            return new Imported(rows + other.rows, time.plus(other.time));
        }
    }

    /**
     * Imports the directory's files of the data formats in their order, then the plugins' own files (such as
     * fotvård's {@code referrals.csv}); returns the rows and time of each data format's files.
     */
    private Map<ImportFileType, Imported> importAll(Path directory, String user, Consumer<String> progress) {
        ImportDirectory files = scan(directory);
        Map<ImportFileType, Imported> imported = new EnumMap<>(ImportFileType.class);
        for (ImportFile file : files.files()) {
            imported.merge(file.type(), importFile(file.path(), user, progress), Imported::plus);
        }
        for (Path pluginFile : files.unrecognised()) {
            importFile(pluginFile, user, progress);
        }
        return imported;
    }

    private Imported importFile(Path file, String user, Consumer<String> progress) {
        long start = System.nanoTime();
        FileResult result = imports.importFile(file, user, p -> { });
        if (!result.accepted()) {
            throw new UserError("den genererade filen " + result.file() + " avvisades: " + result.errors().get(0));
        }
        Duration time = since(start);
        progress.accept(String.format(SWEDISH, "importerade %-18s %,12d rader på %.2f s", result.file(),
                result.rows(), time.toMillis() / 1000.0));
        return new Imported(result.rows(), time);
    }

    private static ImportDirectory scan(Path directory) {
        try {
            return ImportDirectory.scan(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
    }

    /** The demo vårdval that can run in the year; the others' demo rulebooks are for other years. */
    private List<CareChoice> withDecidedRulebook(int year, Consumer<String> progress) {
        List<CareChoice> decided = masterData.careChoices().stream().filter(c -> rulebooks.find(c.id(), year)
                .filter(r -> r.status() == RulebookStatus.DECIDED).isPresent()).toList();
        masterData.careChoices().stream().filter(c -> !decided.contains(c)).forEach(c -> progress.accept("inte körd: "
                + c.id() + ", inget beslutat förfrågningsunderlag för " + year));
        return decided;
    }

    private long run(List<CareChoice> careChoices, YearMonth month, String user, Consumer<String> progress) {
        long lines = 0;
        for (CareChoice careChoice : careChoices) {
            long start = System.nanoTime();
            PaymentRun run = runner.run(careChoice.id(), month, user);
            double seconds = since(start).toMillis() / 1000.0;
            int runLines = runs.lines(run.id()).size();
            lines += runLines;
            progress.accept(String.format(SWEDISH, "körde %s %s: körning %d, %,d rader på %.2f s", careChoice.id(),
                    month, run.id(), runLines, seconds));
        }
        return lines;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static Duration timed(SqlWork work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("the database floor could not be measured: " + e.getMessage(), e);
        }
        return since(start);
    }

    /** A measured piece of database work. */
    @FunctionalInterface
    private interface SqlWork {
        Object run() throws SQLException, IOException;
    }
}
