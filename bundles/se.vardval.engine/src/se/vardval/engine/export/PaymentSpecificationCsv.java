package se.vardval.engine.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;

/** Writes a run as the payment specification {@code payments-<care_choice>-<period>.csv} of data-formats.md. */
public final class PaymentSpecificationCsv {

    private static final String[] HEADER = { "run_id", "period", "care_choice", "org_nr", "hsa_id", "component",
            "basis", "rate", "amount" };

    private final Map<String, String> orgNrByUnit;

    /** A writer that looks up each line's provider among the given units. */
    public PaymentSpecificationCsv(List<Unit> units) {
        this.orgNrByUnit = units.stream().collect(Collectors.toMap(Unit::hsaId, Unit::orgNr, (a, b) -> a));
    }

    /** The conventional file name of a run's specification. */
    public static String fileName(PaymentRun run) {
        return "payments-" + run.careChoice() + "-" + run.period() + ".csv";
    }

    /** Writes one row per unit and component, sorted by org_nr, hsa_id and component. */
    public void write(PaymentRun run, List<PaymentLine> lines, Writer out) throws IOException {
        Function<PaymentLine, String> orgNr = line -> orgNrByUnit.getOrDefault(line.hsaId(), "");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").setHeader(HEADER)
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (PaymentLine line : lines.stream().sorted(Comparator.comparing(orgNr)
                    .thenComparing(PaymentLine::hsaId).thenComparing(PaymentLine::component)).toList()) {
                printer.printRecord(run.id(), run.period(), run.careChoice(), orgNr.apply(line), line.hsaId(),
                        line.component(), line.basis().toPlainString(), line.rate().toPlainString(),
                        line.amount().setScale(2).toPlainString());
            }
        }
    }
}
