package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import se.vardval.core.domain.AuditEntry;

/**
 * Audit log entries as a CSV file (UTF-8, semicolons) or an xlsx workbook, one row per change with its time in the
 * system's time zone, user, entity, key, action and the state before and after. The audit log is no register of
 * persons: a personnummer or samordningsnummer in a key or state is written as {@link PersonnummerMask#MASK}.
 */
public final class AuditExport {

    /** The column headings of both formats. */
    public static final List<String> HEADER = List.of("at", "user", "entity", "entity_key", "action", "before",
            "after");
    /** The name of the workbook's sheet. */
    public static final String SHEET = "Ändringslogg";
    /** The longest text an xlsx cell holds; a longer state is cut and ends with an ellipsis. */
    static final int CELL_LIMIT = 32_767;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ZoneId zone;

    /** An export showing times in the given zone. */
    public AuditExport(ZoneId zone) {
        this.zone = zone;
    }

    /** The entry's fields in the order of {@link #HEADER}, personnummer masked; a missing state is null. */
    public List<String> fields(AuditEntry entry) {
        return Arrays.asList(AT.format(entry.at().atZone(zone)), entry.user(), entry.entity(),
                PersonnummerMask.mask(entry.entityKey()), entry.action(), PersonnummerMask.mask(entry.before()),
                PersonnummerMask.mask(entry.after()));
    }

    /** Writes the entries as CSV. */
    public void writeCsv(List<AuditEntry> entries, OutputStream out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
                .setHeader(HEADER.toArray(String[]::new)).get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (AuditEntry entry : entries) {
            printer.printRecord(fields(entry));
        }
        printer.flush();
    }

    /**
     * Writes the entries as a workbook of one sheet. XMLBeans finds POI's schema types through the thread's context
     * class loader, which in OSGi is set to the schema bundle's for the call.
     */
    public void writeXlsx(List<AuditEntry> entries, OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            row(sheet, 0, HEADER);
            for (int i = 0; i < entries.size(); i++) {
                row(sheet, i + 1, fields(entries.get(i)));
            }
            sheet.setColumnWidth(0, 20 * 256);
            sheet.setColumnWidth(3, 24 * 256);
            sheet.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value != null) {
                row.createCell(i).setCellValue(value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT - 1) + "…"
                        : value);
            }
        }
    }
}
