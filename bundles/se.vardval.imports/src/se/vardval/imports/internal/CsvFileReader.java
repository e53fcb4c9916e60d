package se.vardval.imports.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import se.vardval.core.store.FileProblem;
import se.vardval.imports.ImportFileType;
import se.vardval.imports.ImportProgress;
import se.vardval.imports.ImportResult;
import se.vardval.imports.ImportSink;

/**
 * Reads one CSV file of the contract with FastCSV: checks the header, numbers the physical lines, hands each row to
 * the file type's parser and the valid records to the sink until the first error. A row whose field count differs from
 * the header's is reported by the reader itself; a quote that is not closed, or text after a closing quote, makes the
 * rest of the file unreadable.
 */
final class CsvFileReader<T> {

    private static final int PROGRESS_EVERY = 10_000;
    /** How FastCSV's refusals of a quoted field begin. */
    private static final String UNCLOSED_QUOTE = "Unclosed quoted field";
    private static final String TEXT_AFTER_QUOTE = "Unexpected character after closing quote";
    /** What the decoder puts in place of bytes that are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';

    private final String file;
    private final ImportFileType type;
    private final List<String> expectedColumns;
    private final Set<String> requiredColumns;
    private final RowParser<T> parser;
    /** Shared with the checking thread. */
    private final List<FileProblem> errors = Collections.synchronizedList(new ArrayList<>());

    /** A reader of a file of the type (null for a plugin's file) with the columns of its format. */
    CsvFileReader(String file, ImportFileType type, List<String> expectedColumns, Set<String> requiredColumns,
            RowParser<T> parser) {
        this.file = file;
        this.type = type;
        this.expectedColumns = expectedColumns;
        this.requiredColumns = requiredColumns;
        this.parser = parser;
    }

    /** Reads the whole stream; the stream is not closed. */
    ImportResult read(InputStream in, long totalBytes, ImportSink sink, ImportProgress progress) throws IOException {
        CountingInputStream counted = new CountingInputStream(in);
        long rows = 0;
        CsvRecord last = null;
        try {
            Iterator<CsvRecord> records = open(counted).iterator();
            last = records.hasNext() ? records.next() : null;
            Columns columns = last != null ? header(last) : emptyFile();
            if (columns != null) {
                try (CheckingStage<T> checking = new CheckingStage<>(file, parser, sink)) {
                    while (records.hasNext()) {
                        CsvRecord record = records.next();
                        last = record;
                        if (!isBlank(record)) {
                            rows++;
                            row(new Row(file, record.getStartingLineNumber(), record, columns, errors), record,
                                    columns, checking);
                            if (rows % PROGRESS_EVERY == 0) {
                                progress.update(rows, counted.count(), totalBytes);
                            }
                        }
                    }
                    checking.finish();
                }
                parser.finish(file, errors);
            }
        } catch (UncheckedIOException | CsvParseException e) {
            errors.add(new FileProblem(file, last == null ? 1 : lineAfter(last), "row", unreadable(e)));
        }
        progress.update(rows, counted.count(), totalBytes);
        errors.sort(Comparator.comparingLong(FileProblem::line));
        return new ImportResult(file, type, rows, errors);
    }

    /** The records of the stream, decoded as UTF-8 (or as its byte order mark says) and separated by semicolons. */
    private static CsvReader<CsvRecord> open(InputStream in) {
        return CsvReader.builder().fieldSeparator(';').skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false).detectBomHeader(true).ofCsvRecord(in, StandardCharsets.UTF_8);
    }

    /** Checks and parses the row and queues it for the checks against earlier rows, with its errors if it has any. */
    private void row(Row row, CsvRecord record, Columns columns, CheckingStage<T> checking) {
        if (record.getFieldCount() != columns.size()) {
            row.error("row", record.getFieldCount() + " fält men rubrikraden har " + columns.size());
        } else if (hasNotUtf8(record)) {
            columns.forEach((column, index) -> {
                if (record.getField(index).indexOf(NOT_UTF8) >= 0) {
                    row.error(column, "inte UTF-8-text");
                }
            });
        }
        checking.add(row.hasErrors() ? null : parser.parse(row), row);
    }

    private static boolean hasNotUtf8(CsvRecord record) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (record.getField(i).indexOf(NOT_UTF8) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The columns by their interned names ({@link Columns}), or null when the header has an error. */
    private Columns header(CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip().toLowerCase(Locale.ROOT);
            if (name.indexOf(NOT_UTF8) >= 0) {
                headerError("column " + (i + 1), "inte UTF-8-text");
            } else if (name.isEmpty()) {
                headerError("column " + (i + 1), "tomt kolumnnamn");
            } else if (columns.containsKey(name)) {
                headerError(name, "kolumnen förekommer två gånger");
            } else if (!expectedColumns.contains(name) && !name.startsWith("x_")) {
                headerError(name, "okänd kolumn (förväntade " + String.join(";", expectedColumns)
                        + " eller ett namn som börjar med x_)");
            }
            columns.putIfAbsent(name.intern(), i);
        }
        expectedColumns.stream().filter(c -> requiredColumns.contains(c) && !columns.containsKey(c))
                .forEach(c -> headerError(c, "kolumnen saknas"));
        return errors.isEmpty() ? new Columns(columns) : null;
    }

    private Columns emptyFile() {
        headerError("header", "filen är tom, förväntade rubrikraden " + String.join(";", expectedColumns));
        return null;
    }

    private void headerError(String column, String reason) {
        errors.add(new FileProblem(file, 1, column, reason));
    }

    /** An empty line, or one of blanks only. */
    private static boolean isBlank(CsvRecord record) {
        return record.getFieldCount() == 0 || record.getFieldCount() == 1 && record.getField(0).isBlank();
    }

    /** The physical line after the record: its first line and the line breaks inside its quoted fields. */
    private static long lineAfter(CsvRecord record) {
        long line = record.getStartingLineNumber() + 1;
        for (String field : record.getFields()) {
            line += field.chars().filter(c -> c == '\n').count();
        }
        return line;
    }

    /** Why the rest of the file cannot be read, in Swedish for FastCSV's two refusals of a quoted field. */
    private static String unreadable(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        if (message.startsWith(UNCLOSED_QUOTE)) {
            return "oläslig CSV: ett citattecken (\") öppnar ett fält som aldrig stängs";
        }
        if (message.startsWith(TEXT_AFTER_QUOTE)) {
            return "oläslig CSV: text efter ett fälts avslutande citattecken (\"); ett citattecken i ett fält skrivs"
                    + " dubbelt (\"\")";
        }
        return "oläslig CSV: " + message;
    }

    /** Counts the bytes read from the file for progress reports. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
