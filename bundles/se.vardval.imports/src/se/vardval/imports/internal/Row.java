package se.vardval.imports.internal;

import java.util.List;
import java.util.function.Function;

import de.siegmar.fastcsv.reader.CsvRecord;

import se.vardval.core.store.FileProblem;

/** One data row of a file: its fields by column name and the errors found in it. */
final class Row {

    private final String file;
    private final long line;
    private final CsvRecord record;
    private final Columns columns;
    private final List<FileProblem> errors;
    private boolean bad;

    Row(String file, long line, CsvRecord record, Columns columns, List<FileProblem> errors) {
        this.file = file;
        this.line = line;
        this.record = record;
        this.columns = columns;
        this.errors = errors;
    }

    /**
     * The row without its fields, for a row held back until the file's last row: it still reports errors at its line,
     * while the fields' text of hundreds of thousands of such rows is left to the collector.
     */
    Row withoutFields() {
        Row row = new Row(file, line, null, columns, errors);
        row.bad = bad;
        return row;
    }

    /** The physical line the row starts on. */
    long line() {
        return line;
    }

    /** Whether an error was reported for this row. */
    boolean hasErrors() {
        return bad;
    }

    /** Reports a problem of this row. */
    void error(String column, String reason) {
        errors.add(new FileProblem(file, line, column, reason));
        bad = true;
    }

    /** The stripped text of the column, or null when the field is empty or the column absent. */
    String text(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            return null;
        }
        String value = record.getField(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The text of a column that must have a value; reports {@code värde saknas} otherwise. */
    String required(String column) {
        String value = text(column);
        if (value == null) {
            error(column, "värde saknas");
        }
        return value;
    }

    /** The parsed value of a column that may be empty; null when empty or when the text is bad (then reported). */
    <T> T optional(String column, Function<String, T> parser) {
        String value = text(column);
        return value == null ? null : parse(column, value, parser);
    }

    /** The parsed value of a column that must have a value; null when missing or bad (then reported). */
    <T> T required(String column, Function<String, T> parser) {
        String value = required(column);
        return value == null ? null : parse(column, value, parser);
    }

    private <T> T parse(String column, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            error(column, e.getMessage());
            return null;
        }
    }
}
