package se.vardval.annual.internal;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;

/**
 * A scenario comparison as CSV in the data-formats conventions ({@code ;}, {@code .} decimals): per rulebook its
 * amount, and for every rulebook after the first the difference against the first in kr and %.
 */
final class ScenarioCsv {

    private ScenarioCsv() {
    }

    static void write(ScenarioComparison comparison, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("care_choice", "period", "hsa_id", "unit", "component"));
        List<String> names = comparison.names();
        header.addAll(names.stream().map(n -> "kr_" + n).toList());
        for (String name : names.subList(1, names.size())) {
            header.add("diff_kr_" + name);
            header.add("diff_pct_" + name);
        }
        out.write(String.join(";", header) + "\n");
        for (ScenarioRow row : comparison.rows()) {
            List<String> cells = new ArrayList<>(List.of(comparison.careChoice(), comparison.period().toString(),
                    row.hsaId(), row.unitName().replace(';', ','), row.component()));
            row.amounts().forEach(a -> cells.add(text(a)));
            for (int i = 1; i < names.size(); i++) {
                cells.add(text(row.difference(i)));
                cells.add(text(row.percent(i)));
            }
            out.write(String.join(";", cells) + "\n");
        }
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.setScale(Math.max(2, value.scale())).toPlainString();
    }
}
