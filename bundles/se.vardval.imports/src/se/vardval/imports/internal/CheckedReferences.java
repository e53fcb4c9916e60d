package se.vardval.imports.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ids one column of a file refers to, such as its vårdval or unit: each distinct id is checked to exist once
 * instead of on every row, and every row gets the one instance of it that the file's rows share instead of a copy of
 * its own (a big file names a few vårdval and units on millions of rows; H2's writer holds a million of them at once).
 */
final class CheckedReferences {

    private final String column;
    private final Predicate<String> exists;
    private final String unknown;
    private final Map<String, String> known = new HashMap<>();

    /**
     * The ids in {@code column}, each checked by {@code exists}; an unknown one is reported as
     * {@code unknown 'id'}.
     */
    CheckedReferences(String column, Predicate<String> exists, String unknown) {
        this.column = column;
        this.exists = exists;
        this.unknown = unknown;
    }

    /** The row's id in the column, the instance the file's rows share once it is known; null (reported) if empty. */
    String required(Row row) {
        String id = row.required(column);
        if (id == null) {
            return null;
        }
        String shared = known.get(id);
        if (shared != null) {
            return shared;
        }
        if (exists.test(id)) {
            known.put(id, id);
        } else {
            RowParser.checkReference(row, column, false, unknown);
        }
        return id;
    }
}
