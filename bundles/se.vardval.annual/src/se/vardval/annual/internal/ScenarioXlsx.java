package se.vardval.annual.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;

/**
 * A scenario comparison as an xlsx workbook with one sheet: a row per unit and component (the unit totals and all
 * units included) with each rulebook's kr and, for every rulebook after the first, the difference in kr and %, and
 * last the component's name (a unit's total: "Summa").
 */
final class ScenarioXlsx {

    /** The sheet's name. */
    static final String SHEET = "Scenario";

    private ScenarioXlsx() {
    }

    /**
     * Writes the workbook. XMLBeans finds POI's schema types through the thread's context class loader, which in
     * OSGi is set to the schema bundle's for the call.
     */
    static void write(ScenarioComparison comparison, UnaryOperator<String> componentNames, OutputStream out)
            throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Sheet sheet = workbook.createSheet(SHEET);
            header(sheet.createRow(0), comparison.names());
            int rowNo = 1;
            for (ScenarioRow row : comparison.rows()) {
                write(sheet.createRow(rowNo++), comparison, row, row.componentName(componentNames), money, percent);
            }
            sheet.setColumnWidth(3, 36 * 256);
            workbook.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The column titles: period, unit, component, unit name, kr per rulebook, then difference kr and % per later one,
     * and the component's name.
     */
    static List<String> header(List<String> names) {
        List<String> header = new ArrayList<>(List.of("period", "hsa_id", "component", "unit"));
        names.forEach(n -> header.add("kr " + n));
        for (String name : names.subList(1, names.size())) {
            header.add("difference kr " + name);
            header.add("difference % " + name);
        }
        header.add("component_name");
        return header;
    }

    private static void header(Row row, List<String> names) {
        List<String> titles = header(names);
        for (int i = 0; i < titles.size(); i++) {
            row.createCell(i).setCellValue(titles.get(i));
        }
    }

    private static void write(Row row, ScenarioComparison comparison, ScenarioRow line, String componentName,
            CellStyle money, CellStyle percent) {
        row.createCell(0).setCellValue(comparison.period().toString());
        row.createCell(1).setCellValue(line.hsaId());
        row.createCell(2).setCellValue(line.component());
        row.createCell(3).setCellValue(line.unitName());
        int column = 4;
        for (BigDecimal amount : line.amounts()) {
            number(row.createCell(column++), amount, money);
        }
        for (int i = 1; i < line.amounts().size(); i++) {
            number(row.createCell(column++), line.difference(i), money);
            number(row.createCell(column++), line.percent(i), percent);
        }
        row.createCell(column).setCellValue(componentName);
    }

    /** Excel keeps numbers as doubles; an amount in öre below 2^53 is exact there. An undefined % stays empty. */
    private static void number(Cell cell, BigDecimal value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }
}
