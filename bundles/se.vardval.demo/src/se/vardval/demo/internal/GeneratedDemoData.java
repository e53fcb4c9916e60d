package se.vardval.demo.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import se.vardval.core.domain.PersonId;
import se.vardval.core.service.DemoData;
import se.vardval.imports.ImportFileType;

/**
 * The generated region handed to one plugin's demo contribution: the persons read back from {@code persons.csv}
 * (only the generated ones, so that what one plugin adds never changes what the next one sees), the units of the
 * generator's plan, and appenders that stay open until {@link #close()}.
 */
final class GeneratedDemoData implements DemoData, Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).get();

    private final Path directory;
    private final List<YearMonth> months;
    private final List<DemoUnit> units;
    private final long persons;
    private final RandomGenerator random;
    private final Map<ImportFileType, Appender> appenders = new LinkedHashMap<>();

    /** The region in {@code directory} with {@code persons} generated persons, seen by the plugin {@code plugin}. */
    GeneratedDemoData(Path directory, List<YearMonth> months, List<DemoUnit> units, long persons, long seed,
            String plugin) {
        this.directory = directory;
        this.months = List.copyOf(months);
        this.units = List.copyOf(units);
        this.persons = persons;
        this.random = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L * plugin.hashCode());
    }

    @Override
    public RandomGenerator random() {
        return random;
    }

    @Override
    public List<YearMonth> months() {
        return months;
    }

    @Override
    public void forEachPerson(Consumer<DemoPerson> sink) {
        try (Reader in = Files.newBufferedReader(directory.resolve(ImportFileType.PERSONS.fileName()),
                StandardCharsets.UTF_8)) {
            long read = 0;
            for (CSVRecord record : FORMAT.parse(in)) {
                if (read++ == persons) {
                    return;
                }
                PersonId id = PersonId.parse(record.get("person_id"));
                sink.accept(new DemoPerson(id.value(), id.birthDate(), id.sex(), record.get("municipality"),
                        emptyAsNull(record.get("area_code"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the generated persons in " + directory, e);
        }
    }

    @Override
    public List<DemoUnit> units() {
        return units;
    }

    @Override
    public RowAppender appender(String fileName) {
        ImportFileType type = ImportFileType.importOrder().stream().filter(t -> t.fileName().equals(fileName))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(fileName + " is not a file of the data"
                        + " formats; known: " + ImportFileType.importOrder().stream().map(ImportFileType::fileName)
                                .toList()));
        return appenders.computeIfAbsent(type, Appender::new);
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        for (Appender appender : appenders.values()) {
            appender.close();
        }
    }

    private static String emptyAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** Rows added to one file, opened on the first row. */
    private final class Appender implements RowAppender {

        private final ImportFileType type;
        private CsvOut out;

        Appender(ImportFileType type) {
            this.type = type;
        }

        @Override
        public void row(Object... values) {
            try {
                if (out == null) {
                    out = CsvOut.appending(directory, type);
                }
                out.row(values);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot add to " + type.fileName() + " in " + directory, e);
            }
        }

        void close() {
            if (out != null) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + type.fileName() + " in " + directory, e);
                }
            }
        }
    }
}
