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
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

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
    void eachLineCarriesItsComponentsName() throws IOException {
        Map<String, String> names = Map.of("AGE_CAPITATION", "Åldersviktad vårdpeng");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new PaymentWorkbook(c -> names.getOrDefault(c, c)).write(Fixture.document(), xlsx);

        Map<String, String> named = new TreeMap<>();
        Thread.currentThread().setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet region = workbook.getSheet(Fixture.REGION);
            assertEquals("component_name", region.getRow(0).getCell(10).getStringCellValue());
            for (Row row : skipHeader(region)) {
                named.put(row.getCell(6).getStringCellValue(), row.getCell(10).getStringCellValue());
            }
        }
        assertEquals("Åldersviktad vårdpeng", named.get("AGE_CAPITATION"));
        assertEquals("CNI", named.get("CNI"), "a component the model does not name keeps its code");
    }

    @Test
    void eachProviderSheetHasTheSpecificationRowsAndTheSummaryTheTotals() throws IOException {
        RunDocument document = Fixture.document();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new PaymentWorkbook(UnaryOperator.identity()).write(document, xlsx);

        List<List<String>> fromWorkbook = new ArrayList<>();
        List<List<String>> summary = new ArrayList<>();
        Thread.currentThread().setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertEquals(List.of(PaymentWorkbook.SUMMARY, Fixture.REGION, Fixture.ARE, PaymentWorkbook.REJECTIONS),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                            workbook.getSheetName(3)));
            for (Row row : skipHeader(workbook.getSheetAt(0))) {
                if (row.getCell(2) != null) {
                    summary.add(List.of(row.getCell(1).getStringCellValue(),
                            money(row.getCell(2).getNumericCellValue()), count(row)));
                }
            }
            for (int s = 1; s <= 2; s++) {
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
        assertEquals(List.of(List.of("Region Jämtland Härjedalen", "649934.35", "3"),
                List.of("Hälsocentralen Åre AB", "605800.21", "1"), List.of("total", "1255734.56", "4")), summary);
    }

    @Test
    void theRejectedItemsHaveASheetOfTheirOwnAndTheirCountsPerReasonAreInTheSummary() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new PaymentWorkbook(UnaryOperator.identity()).write(Fixture.document(), xlsx);
        List<List<String>> rejected = new ArrayList<>();
        List<List<String>> reasons = new ArrayList<>();
        Thread.currentThread().setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            for (Row row : workbook.getSheet(PaymentWorkbook.REJECTIONS)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 8; c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                rejected.add(cells);
            }
            for (Row row : skipHeader(workbook.getSheet(PaymentWorkbook.SUMMARY))) {
                if (row.getCell(2) == null) {
                    reasons.add(List.of(row.getCell(1).getStringCellValue(), count(row)));
                }
            }
        }
        assertEquals(List.of(
                List.of("org_nr", "hsa_id", "unit", "item_id", "person_id", "date", "reason_code", "reason"),
                List.of(Fixture.REGION, "SE-BRA", "Bräcke hälsocentral", "AVTAL-7", "", "", "NO_CONTRACT",
                        "enheten saknar avtal i månaden"),
                List.of(Fixture.REGION, "SE-OST", "Östersund Lugnvik", "HV0000000101", Fixture.OST_PATIENT,
                        "2020-03-04", "REFERRAL_MISSING", "nybesök utan remiss; förfrågningsunderlaget kräver remiss"),
                List.of(Fixture.REGION, "SE-OST", "Östersund Lugnvik", "HV0000000102", Fixture.OST_OTHER_PATIENT,
                        "2020-03-09", "NO_VISIT_PRICE", Fixture.REJECTIONS.get(3).reason()),
                List.of(Fixture.ARE, "SE-ARE", "Åre hälsocentral", "HV0000000104", Fixture.ARE_PATIENT, "2020-03-11",
                        "UNKNOWN_DRG", "DRG-koden 999X finns inte i årets viktlista")), rejected);
        assertEquals(List.of(List.of("rejected: NO_CONTRACT", "1"), List.of("rejected: NO_VISIT_PRICE", "1"),
                List.of("rejected: REFERRAL_MISSING", "1"), List.of("rejected: UNKNOWN_DRG", "1")), reasons);
    }

    private static String count(Row row) {
        return Long.toString((long) row.getCell(3).getNumericCellValue());
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
