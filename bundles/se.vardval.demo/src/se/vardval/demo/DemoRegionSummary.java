package se.vardval.demo;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import se.vardval.imports.ImportFileType;

/** What the generator wrote: the data rows of each file. */
public record DemoRegionSummary(Map<ImportFileType, Long> rows) {

    /** Copies the counts. */
    public DemoRegionSummary {
        rows = Collections.unmodifiableMap(new EnumMap<>(rows));
    }

    /** The data rows written to the file of the type (0 when none). */
    public long rows(ImportFileType type) {
        return rows.getOrDefault(type, 0L);
    }

    /** The persons in {@code persons.csv}. */
    public long persons() {
        return rows(ImportFileType.PERSONS);
    }

    /** The rows of {@code listings.csv}. */
    public long listings() {
        return rows(ImportFileType.LISTINGS);
    }

    /** The rows of {@code activities.csv}. */
    public long activities() {
        return rows(ImportFileType.ACTIVITIES);
    }
}
