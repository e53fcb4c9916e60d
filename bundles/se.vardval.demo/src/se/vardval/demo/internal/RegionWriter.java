package se.vardval.demo.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import se.vardval.core.service.DemoData;
import se.vardval.imports.ImportFileType;

/**
 * Writes every file of a generated region in one pass over the persons; each part of the generation draws from its own
 * split of the seeded random source, so equal seeds give byte-identical files.
 */
public final class RegionWriter {

    private final long seed;
    private final int persons;
    private final double visitRate;

    /** A writer for a region of the given number of persons making {@code visitRate} times the usual visits. */
    public RegionWriter(long seed, int persons, double visitRate) {
        this.seed = seed;
        this.persons = persons;
        this.visitRate = visitRate;
    }

    /** The units (with their providers) of the region that {@link #write} writes. */
    public List<DemoData.DemoUnit> units() {
        RegionPlan plan = new RegionPlan(persons, new SplittableRandom(seed).split());
        return plan.units().stream().map(u -> new DemoData.DemoUnit(u.hsaId(), u.name(), u.provider().orgNr(),
                u.provider().ownership(), u.municipality().code())).sorted(Comparator.comparing(DemoData.DemoUnit::hsaId))
                .toList();
    }

    /** Writes the files into the directory (created if missing) and returns the data rows of each. */
    public Map<ImportFileType, Long> write(Path directory, YearMonth from, int months) throws IOException {
        Files.createDirectories(directory);
        SplittableRandom root = new SplittableRandom(seed);
        RegionPlan plan = new RegionPlan(persons, root.split());
        SplittableRandom people = root.split();
        SplittableRandom contacts = root.split();
        SplittableRandom visitors = root.split();
        SplittableRandom measures = root.split();
        PersonIds ids = new PersonIds(from.atDay(1).minusYears(112), from.plusMonths(months).atDay(1));
        UnitMonthTotals totals = new UnitMonthTotals(plan.units().size(), months);
        Map<ImportFileType, Long> rows = new EnumMap<>(ImportFileType.class);
        try (CsvOut personsOut = new CsvOut(directory, ImportFileType.PERSONS);
                CsvOut listingsOut = new CsvOut(directory, ImportFileType.LISTINGS);
                CsvOut activitiesOut = new CsvOut(directory, ImportFileType.ACTIVITIES)) {
            Visits visits = new Visits(activitiesOut, contacts);
            new Residents(plan, people, from, months, ids, visits, totals, visitRate)
                    .write(persons, personsOut, listingsOut);
            new Visitors(plan, visitors, ids, visits, visitRate).write(persons, from, months);
            for (CsvOut out : new CsvOut[] { personsOut, listingsOut, activitiesOut }) {
                rows.put(out.type(), out.rows());
            }
        }
        Register register = new Register(plan, from);
        write(directory, ImportFileType.PROVIDERS, register::writeProviders, rows);
        write(directory, ImportFileType.UNITS, register::writeUnits, rows);
        write(directory, ImportFileType.CONTRACTS, register::writeContracts, rows);
        write(directory, ImportFileType.SUPPLEMENTARY, register::writeSupplementary, rows);
        FollowUp followUp = new FollowUp(plan, totals, measures, from, months);
        write(directory, ImportFileType.COSTS, followUp::writeCosts, rows);
        write(directory, ImportFileType.CNI_UNITS, followUp::writeCniUnits, rows);
        write(directory, ImportFileType.INDICATORS, followUp::writeIndicators, rows);
        write(directory, ImportFileType.PENALTIES, followUp::writePenalties, rows);
        return rows;
    }

    private static void write(Path directory, ImportFileType type, FileContent content, Map<ImportFileType, Long> rows)
            throws IOException {
        try (CsvOut out = new CsvOut(directory, type)) {
            content.writeTo(out);
            rows.put(type, out.rows());
        }
    }

    /** The rows of one file. */
    @FunctionalInterface
    private interface FileContent {
        void writeTo(CsvOut out) throws IOException;
    }
}
