package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/**
 * {@code SUPPLEMENTARY_<code>}: each tilläggsuppdrag of the unit's contract in force on the first day of the month,
 * one twelfth of its annual amount, never pro-rated.
 */
final class Supplementaries implements PaymentComponent {

    static final String PREFIX = "SUPPLEMENTARY_";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        Map<String, List<Supplementary>> byLine = new TreeMap<>();
        for (Contract contract : contractsOnFirstDay(run)) {
            for (Supplementary s : inForce(run, contract)) {
                byLine.computeIfAbsent(contract.hsaId() + "\t" + s.code(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<String, List<Supplementary>> line : byLine.entrySet()) {
            String hsaId = line.getKey().substring(0, line.getKey().indexOf('\t'));
            BigDecimal annual = line.getValue().stream().map(Supplementary::annualAmount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Lines.add(lines, hsaId, PREFIX + line.getValue().getFirst().code(),
                    BigDecimal.valueOf(line.getValue().size()), Fraction.of(annual, PaymentLines.MONTHS));
        }
    }

    private static List<Contract> contractsOnFirstDay(RunContext run) {
        LocalDate first = run.inputs().period().atDay(1);
        return run.inputs().contracts().stream().filter(c -> c.validOn(first)).toList();
    }

    private static List<Supplementary> inForce(RunContext run, Contract contract) {
        LocalDate first = run.inputs().period().atDay(1);
        return run.inputs().supplementaries().stream()
                .filter(s -> s.contractId().equals(contract.contractId()) && s.validOn(first)).toList();
    }

    @Override
    public boolean owns(String component) {
        return component.startsWith(PREFIX);
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        for (Contract contract : contractsOnFirstDay(run)) {
            if (contract.hsaId().equals(hsaId)) {
                for (Supplementary s : inForce(run, contract)) {
                    if ((PREFIX + s.code()).equals(component)) {
                        rows.add(s.contractId(), s.code(), s.name(), PaymentLines.show(s.annualAmount()),
                                String.valueOf(s.validFrom()), s.validTo() == null ? "" : s.validTo().toString(),
                                Lines.show(Fraction.of(s.annualAmount(), PaymentLines.MONTHS), 2));
                    }
                }
            }
        }
        return rows.explanation("Årsbeloppet / 12 för varje tilläggsuppdrag som gäller den "
                + run.inputs().period().atDay(1) + " enligt ett avtal som omfattar enheten den dagen (utan"
                + " dagsberäkning).", "Avtal", "Kod", "Namn", "Årsbelopp", "Gäller från", "Gäller till", "Kr");
    }
}
