package se.vardval.demo.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vardval.imports.ImportFileType;

/**
 * One CSV file of the contract being written: UTF-8 without BOM, {@code ;}, {@code \n}, the columns in the order of
 * the specification, decimals with {@code .}, empty fields for no value.
 */
final class CsvOut implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator('\n')
            .get();

    private final ImportFileType type;
    private final CSVPrinter printer;
    private long rows;

    /** Creates the file of the type in the directory and writes the header. */
    CsvOut(Path directory, ImportFileType type) throws IOException {
        this(directory, type, false);
    }

    private CsvOut(Path directory, ImportFileType type, boolean append) throws IOException {
        Path file = directory.resolve(type.fileName());
        boolean header = !append || !Files.exists(file) || Files.size(file) == 0;
        this.type = type;
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(append
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16), FORMAT);
        if (header) {
            printer.printRecord(type.columns());
        }
    }

    /** Opens the file of the type in the directory to add rows after its existing ones (with a header if new). */
    static CsvOut appending(Path directory, ImportFileType type) throws IOException {
        return new CsvOut(directory, type, true);
    }

    /** Writes a row; null is an empty field and decimals are written plain. */
    void row(Object... values) throws IOException {
        if (values.length != type.columns().size()) {
            throw new IllegalArgumentException(type.fileName() + " has " + type.columns().size() + " columns");
        }
        for (Object value : values) {
            printer.print(value instanceof BigDecimal d ? d.toPlainString() : value);
        }
        printer.println();
        rows++;
    }

    /** The file type. */
    ImportFileType type() {
        return type;
    }

    /** The data rows written. */
    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
