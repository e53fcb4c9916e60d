package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Cost;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/** {@code COST_<category>}: the costs of the period the unit is responsible for, deducted per switched-on category. */
final class CostResponsibility implements PaymentComponent {

    static final String PREFIX = "COST_";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Cost cost : charged(run)) {
            sums.merge(cost.hsaId() + "\t" + PREFIX + cost.category().name(), cost.amount(), BigDecimal::add);
        }
        sums.forEach((key, sum) -> Lines.add(lines, key.substring(0, key.indexOf('\t')),
                key.substring(key.indexOf('\t') + 1), sum, Fraction.of(sum.negate())));
    }

    private static List<Cost> charged(RunContext run) {
        return run.inputs().costs().stream().filter(c -> c.period().equals(run.inputs().period())
                && run.parameters().costResponsibility().contains(c.category())).toList();
    }

    @Override
    public boolean owns(String component) {
        return component.startsWith(PREFIX);
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        for (Cost cost : charged(run)) {
            if (cost.hsaId().equals(hsaId) && (PREFIX + cost.category().name()).equals(component)) {
                rows.add(cost.reference() == null ? "" : cost.reference(), cost.category().name(),
                        PaymentLines.show(cost.amount().negate()));
            }
        }
        return rows.explanation("Kostnaderna under " + run.inputs().period() + " i de kategorier där"
                + " förfrågningsunderlagets costResponsibility ger enheten kostnadsansvar, avdragna.", "Referens",
                "Kategori", "Kr");
    }
}
