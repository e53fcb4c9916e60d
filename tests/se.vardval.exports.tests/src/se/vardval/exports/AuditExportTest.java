package se.vardval.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.AuditEntry;

/** The audit log as CSV and xlsx: the same rows in both, times in the given zone, personnummer masked. */
class AuditExportTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String PERSON = "19121212-1212";

    private static final List<AuditEntry> ENTRIES = List.of(
            new AuditEntry(2, Instant.parse("2020-04-03T08:15:30Z"), "bertil", "payment_run", "42", "APPROVED",
                    "{\"state\":\"CALCULATED\"}", "{\"state\":\"APPROVED\"}"),
            new AuditEntry(1, Instant.parse("2020-01-31T23:30:00Z"), "anna", "cost", "SE-ARE/" + PERSON, "CREATE",
                    null, "{\"reference\":\"behandling av 191212121212 och " + PERSON + "\",\"orgNr\":\"5560000019\","
                            + "\"amount\":123456789012}"));

    @Test
    void masksPersonnummerOnlyWhereTheyAreValid() {
        assertEquals("[personnummer], [personnummer], 5560000019, 123456789012, 19121212-1213, 2020-04-03 08:15",
                PersonnummerMask.mask("191212121212, 19121212-1212, 5560000019, 123456789012, 19121212-1213,"
                        + " 2020-04-03 08:15"));
        assertEquals(null, PersonnummerMask.mask(null));
    }

    @Test
    void csvHasAHeaderAndARowPerEntryWithoutPersonnummer() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AuditExport(STOCKHOLM).writeCsv(ENTRIES, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertFalse(text.contains("1212-1212") || text.contains("191212121212"), text);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(AuditExport.HEADER, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(2, rows.size());
        assertEquals(List.of("2020-04-03 10:15:30", "bertil", "payment_run", "42", "APPROVED",
                "{\"state\":\"CALCULATED\"}", "{\"state\":\"APPROVED\"}"), rows.get(0).toList());
        assertEquals(List.of("2020-02-01 00:30:00", "anna", "cost", "SE-ARE/[personnummer]", "CREATE", "",
                "{\"reference\":\"behandling av [personnummer] och [personnummer]\",\"orgNr\":\"5560000019\","
                        + "\"amount\":123456789012}"), rows.get(1).toList());
    }

    @Test
    void workbookHoldsTheSameRowsAsTheCsv() throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AuditExport export = new AuditExport(STOCKHOLM);
        export.writeCsv(ENTRIES, csv);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        export.writeXlsx(ENTRIES, xlsx);
        List<List<String>> sheetRows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = workbook.getSheet(AuditExport.SHEET);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < AuditExport.HEADER.size(); c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                sheetRows.add(cells);
            }
        }
        List<List<String>> csvRows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.toString(StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            parser.forEach(record -> csvRows.add(record.toList()));
        }
        assertEquals(csvRows, sheetRows);
    }
}
