package se.vardval.annual.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;

/**
 * A scenario comparison as CSV in the data-formats conventions ({@code ;}, {@code .} decimals): per unit and
 * component each rulebook's amount, for every rulebook after the first the difference against the first in kr and %,
 * and last the component's name (a unit's total: "Summa").
 */
final class ScenarioCsv {

    private ScenarioCsv() {
    }

    /** Writes the comparison; the writer is flushed, not closed. */
    static void write(ScenarioComparison comparison, UnaryOperator<String> componentNames, Writer out)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n")
                .setHeader(header(comparison.names()).toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (ScenarioRow row : comparison.rows()) {
            printer.printRecord(cells(comparison, row, componentNames));
        }
        printer.flush();
    }

    private static List<String> header(List<String> names) {
        List<String> header = new ArrayList<>(List.of("care_choice", "period", "hsa_id", "unit", "component"));
        names.forEach(n -> header.add("kr_" + n));
        for (String name : names.subList(1, names.size())) {
            header.add("diff_kr_" + name);
            header.add("diff_pct_" + name);
        }
        header.add("component_name");
        return header;
    }

    private static List<String> cells(ScenarioComparison comparison, ScenarioRow row,
            UnaryOperator<String> componentNames) {
        List<String> cells = new ArrayList<>(List.of(comparison.careChoice(), comparison.period().toString(),
                row.hsaId(), row.unitName(), row.component()));
        row.amounts().forEach(a -> cells.add(text(a)));
        for (int i = 1; i < comparison.names().size(); i++) {
            cells.add(text(row.difference(i)));
            cells.add(text(row.percent(i)));
        }
        cells.add(row.componentName(componentNames));
        return cells;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.setScale(Math.max(2, value.scale())).toPlainString();
    }
}
