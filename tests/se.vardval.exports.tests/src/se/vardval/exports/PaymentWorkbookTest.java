package se.vardval.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import se.vardval.engine.export.PaymentSpecificationCsv;

/** The workbook opened back with POI holds exactly the rows of the payment specification CSV. */
class PaymentWorkbookTest {

    @Test
    void eachProviderSheetHasTheSpecificationRowsAndTheSummaryTheTotals() throws IOException {
        RunDocument document = Fixture.document();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new PaymentWorkbook().write(document, xlsx);

        List<List<String>> fromWorkbook = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        Thread.currentThread().setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertEquals(List.of(PaymentWorkbook.SUMMARY, Fixture.REGION, Fixture.ARE),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            for (Row row : skipHeader(workbook.getSheetAt(0))) {
                summary.add(List.of(row.getCell(1).getStringCellValue(), money(row.getCell(2).getNumericCellValue())));
            }
            for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                for (Row row : skipHeader(workbook.getSheetAt(s))) {
                    fromWorkbook.add(List.of(Long.toString((long) row.getCell(0).getNumericCellValue()),
                            row.getCell(1).getStringCellValue(), row.getCell(2).getStringCellValue(),
                            row.getCell(3).getStringCellValue(), row.getCell(4).getStringCellValue(),
                            row.getCell(6).getStringCellValue(), plain(row.getCell(7).getNumericCellValue()),
                            plain(row.getCell(8).getNumericCellValue()), money(row.getCell(9).getNumericCellValue())));
                }
            }
        }
        assertEquals(csvRows(document), fromWorkbook);
        assertEquals(List.of(List.of("Region Jämtland Härjedalen", "649934.35"),
                List.of("Hälsocentralen Åre AB", "605800.21"), List.of("total", "1255734.56")), summary);
    }

    private static List<List<String>> csvRows(RunDocument document) throws IOException {
        StringWriter csv = new StringWriter();
        new PaymentSpecificationCsv(document.units()).write(document.run(), document.lines(), csv);
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.toString()), format)) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>(record.toList());
                row.set(6, new BigDecimal(row.get(6)).stripTrailingZeros().toPlainString());
                row.set(7, new BigDecimal(row.get(7)).stripTrailingZeros().toPlainString());
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Row> skipHeader(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        sheet.forEach(rows::add);
        return rows.subList(1, rows.size());
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String money(double value) {
        return BigDecimal.valueOf(value).setScale(2).toPlainString();
    }
}
