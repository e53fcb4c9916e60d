package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;

import se.vardval.core.domain.PersonId;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;

/**
 * A run as an xlsx workbook: a summary sheet with the total and the number of rejected items per provider, then one
 * sheet per provider (named by its organisationsnummer) with the rows of the payment specification and each
 * component's name, and a sheet of the rejected items with their reasons; amounts, bases and rates are numbers.
 */
public final class PaymentWorkbook {

    /** The name of the summary sheet. */
    public static final String SUMMARY = "Sammanställning";
    /** The name of the sheet of rejected items. */
    public static final String REJECTIONS = "Avvisade poster";

    private static final String[] SUMMARY_HEADER = { "org_nr", "provider", "amount", "rejected_items" };
    private static final String[] REJECTION_HEADER = { "org_nr", "hsa_id", "unit", "item_id", "person_id", "date",
            "reason_code", "reason" };
    private static final String[] LINE_HEADER = { "run_id", "period", "care_choice", "org_nr", "hsa_id", "unit",
            "component", "basis", "rate", "amount", "component_name" };

    private final UnaryOperator<String> componentNames;

    /** A workbook that names each component as the vårdval's model does. */
    public PaymentWorkbook(UnaryOperator<String> componentNames) {
        this.componentNames = componentNames;
    }

    /** The conventional file name of a run's workbook. */
    public static String fileName(RunDocument document) {
        return OutputNames.base(document.run()) + ".xlsx";
    }

    /**
     * Writes the workbook. XMLBeans finds POI's schema types through the thread's context class loader, which in
     * OSGi is set to the schema bundle's for the call.
     */
    public void write(RunDocument document, OutputStream out) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(CTWorkbook.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            summary(workbook.createSheet(SUMMARY), document, money);
            for (String orgNr : document.paidProviders()) {
                providerSheet(workbook.createSheet(orgNr.isEmpty() ? "unknown" : orgNr), document, orgNr, money);
            }
            rejections(workbook.createSheet(REJECTIONS), document);
            workbook.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void summary(Sheet sheet, RunDocument document, CellStyle money) {
        header(sheet, SUMMARY_HEADER);
        int rowNo = 1;
        for (String orgNr : document.providersConcerned()) {
            Row row = sheet.createRow(rowNo++);
            row.createCell(0).setCellValue(orgNr);
            row.createCell(1).setCellValue(document.providerName(orgNr));
            amount(row, 2, RunDocument.total(document.linesOf(orgNr)), money);
            row.createCell(3).setCellValue(document.rejectionsOf(orgNr).size());
        }
        Row totalRow = sheet.createRow(rowNo++);
        totalRow.createCell(1).setCellValue("total");
        amount(totalRow, 2, RunDocument.total(document.lines()), money);
        totalRow.createCell(3).setCellValue(document.rejections().size());
        rowNo++;
        for (Map.Entry<String, Long> reason : RunDocument.countByReason(document.rejections()).entrySet()) {
            Row row = sheet.createRow(rowNo++);
            row.createCell(1).setCellValue("rejected: " + reason.getKey());
            row.createCell(3).setCellValue(reason.getValue());
        }
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void rejections(Sheet sheet, RunDocument document) {
        header(sheet, REJECTION_HEADER);
        List<RejectedItem> items = document.rejectionsInOrder();
        for (int i = 0; i < items.size(); i++) {
            RejectedItem item = items.get(i);
            Row row = sheet.createRow(i + 1);
            String[] values = { document.orgNr(item.hsaId()), item.hsaId(), document.unitName(item.hsaId()),
                    item.itemId(), PersonId.written(item.personId()),
                    item.date() == null ? null : item.date().toString(), item.reasonCode(), item.reason() };
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
        }
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(7, 80 * 256);
        sheet.createFreezePane(0, 1);
    }

    private void providerSheet(Sheet sheet, RunDocument document, String orgNr, CellStyle money) {
        header(sheet, LINE_HEADER);
        List<PaymentLine> lines = document.linesOf(orgNr);
        for (int i = 0; i < lines.size(); i++) {
            PaymentLine line = lines.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(document.run().id());
            row.createCell(1).setCellValue(document.run().period().toString());
            row.createCell(2).setCellValue(document.run().careChoice());
            row.createCell(3).setCellValue(orgNr);
            row.createCell(4).setCellValue(line.hsaId());
            row.createCell(5).setCellValue(document.unitName(line.hsaId()));
            row.createCell(6).setCellValue(line.component());
            row.createCell(7).setCellValue(line.basis().doubleValue());
            row.createCell(8).setCellValue(line.rate().doubleValue());
            amount(row, 9, line.amount(), money);
            row.createCell(10).setCellValue(componentNames.apply(line.component()));
        }
        sheet.setColumnWidth(10, 45 * 256);
    }

    private static void header(Sheet sheet, String[] names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** Excel keeps numbers as doubles; an amount in öre below 2^53 is exact there. */
    private static void amount(Row row, int column, BigDecimal amount, CellStyle money) {
        var cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(money);
    }
}
