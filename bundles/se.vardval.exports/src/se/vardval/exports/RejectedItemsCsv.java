package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.model.RejectedItem;

/**
 * A run's rejected items as CSV (UTF-8, semicolons, like the payment specification), one row per item sorted by
 * provider, unit, date and item, personnummer written YYYYMMDD-NNNN. It names every provider's persons: it is the
 * administrators' list, not a document for a provider (each provider reads its own in its ersättningsbesked).
 */
public final class RejectedItemsCsv {

    /** The column headings. */
    public static final List<String> HEADER = List.of("run_id", "period", "care_choice", "org_nr", "hsa_id",
            "item_id", "person_id", "date", "reason_code", "reason");

    /** The conventional file name: {@code rejections-<vårdval>-<period>[-correction-<run id>].csv}. */
    public static String fileName(RunDocument document) {
        return "rejections-" + OutputNames.base(document.run()).substring("payments-".length()) + ".csv";
    }

    /** Writes the header and a row per rejected item; a missing person or date is an empty field. */
    public void write(RunDocument document, OutputStream out) throws IOException {
        PaymentRun run = document.run();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
                .setHeader(HEADER.toArray(String[]::new)).get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (RejectedItem item : document.rejectionsInOrder()) {
            printer.printRecord(run.id(), run.period(), run.careChoice(), document.orgNr(item.hsaId()), item.hsaId(),
                    item.itemId(), PersonId.written(item.personId()), item.date(), item.reasonCode(), item.reason());
        }
        printer.flush();
    }
}
