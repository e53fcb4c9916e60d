package se.vardval.core.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Sex;

/**
 * The generated demo region as a plugin's {@link DemoContribution} sees it after the generator wrote the region's
 * files and before they are imported: its own seeded random source, the months covered, the generated persons and
 * Hälsoval units, and appenders that add rows to the region's files (then imported, and validated, like every row).
 */
public interface DemoData {

    /** A generated person, as written to {@code persons.csv}. */
    record DemoPerson(String personId, LocalDate birthDate, Sex sex, String municipality, String areaCode) {
    }

    /** A generated Hälsoval unit with its provider, as written to {@code units.csv} and {@code providers.csv}. */
    record DemoUnit(String hsaId, String name, String orgNr, Ownership ownership, String municipality) {
    }

    /** Adds rows to one file of the region. */
    interface RowAppender {

        /**
         * Appends a row, values in the file's own column order (as in {@code data-formats.md}): null is an empty
         * field, decimals are written plain, dates and months in ISO form, anything else as its text.
         *
         * @throws IllegalArgumentException when the number of values is not the file's number of columns
         */
        void row(Object... values);
    }

    /** A random source of this plugin alone, derived from the demo seed and the plugin, so its data is reproducible. */
    RandomGenerator random();

    /** The months the generator covers, oldest first. */
    List<YearMonth> months();

    /** Streams the generated persons in the order of {@code persons.csv}. */
    void forEachPerson(Consumer<DemoPerson> sink);

    /** The generated Hälsoval units, ordered by HSA-id. */
    List<DemoUnit> units();

    /**
     * The appender of one of the data-format files, e.g. {@code listings.csv}; rows are added after the generated
     * ones and the file is written when the contribution returns.
     *
     * @throws IllegalArgumentException when the name is not one of the data-format files
     */
    RowAppender appender(String fileName);

    /** The directory of the region's files, for files of the plugin's own. */
    Path directory();
}
