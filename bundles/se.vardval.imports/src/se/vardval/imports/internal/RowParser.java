package se.vardval.imports.internal;

import java.time.LocalDate;
import java.util.List;

import se.vardval.core.store.FileProblem;
import se.vardval.imports.ImportSink;

/** Turns the rows of one file type into domain records and checks them against each other and their references. */
abstract class RowParser<T> {

    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final KnownKeys defined = new KnownKeys();
    private final References references;

    RowParser(References references) {
        this.references = references;
    }

    /** Parses the row, reporting every bad field to it; the result is only used when the row has no error. */
    abstract T parse(Row row);

    /** The column a duplicate natural key is reported at. */
    abstract String keyColumn();

    /** The values that make up the record's natural key. */
    abstract Object[] naturalKey(T record);

    /** Hands the record to the sink method of its type. */
    abstract void deliver(T record, long line, ImportSink sink);

    /**
     * Whether the record is seen for the first time; a repetition with the same content is skipped silently, one
     * with other content is reported at the key column. A parser may also answer false for a row it holds back for
     * {@link #checkHeld}.
     */
    boolean isNew(T record, Row row) {
        long earlier = duplicates.record(Fingerprint.of(naturalKey(record)), content(record), row.line());
        if (earlier > 0) {
            row.error(keyColumn(), "dubblett av rad " + earlier + " med annat innehåll");
        }
        return earlier == 0;
    }

    /**
     * What tells a repeated row from another one with the same natural key: the record's own hash of its values (the
     * contract's records compare by value), only ever compared between rows with the same key.
     */
    long content(T record) {
        return Fingerprint.of(record.hashCode());
    }

    /**
     * Called with each batch of parsed records (null for a row with errors) before {@link #isNew} checks them one by
     * one: a parser whose checks look records up at random in a big table reads those places for the whole batch
     * first.
     */
    void readAhead(List<T> records) {
    }

    /** Records in {@link #defined()} the keys the record defines for later files; most file types define none. */
    void define(T record) {
    }

    /**
     * Checks the rows {@link #isNew} held back, after the file's last row and in file order, reporting their errors to
     * their rows and handing each to {@code checked} with whether it is new; most file types hold none back.
     */
    void checkHeld(HeldRowSink<T> checked) {
    }

    /** Receives a held-back row once it is checked. */
    @FunctionalInterface
    interface HeldRowSink<T> {

        /** The row's record, the row, and whether the record is seen for the first time. */
        void accept(T record, Row row, boolean isNew);
    }

    /** Checks that need the whole file, after its last row. */
    void finish(String file, List<FileProblem> errors) {
    }

    /** The keys this file defines, which the import adopts when the file has no error. */
    final KnownKeys defined() {
        return defined;
    }

    final References references() {
        return references;
    }

    /** Reports {@code <unknown> 'value'} (e.g. {@code okänd enhet 'X'}) at the column when the reference is unknown. */
    static void checkReference(Row row, String column, boolean exists, String unknown) {
        if (!exists) {
            row.error(column, unknown + " '" + row.text(column) + "'");
        }
    }

    /** Reports a {@code valid_to} before {@code valid_from}. */
    static void checkInterval(Row row, LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            row.error("valid_to", validTo + " är före valid_from " + validFrom);
        }
    }
}
