package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;

/**
 * {@code VAT_COMPENSATION} (momskompensation) for units of private providers: a percentage of the unit's rounded
 * lines of the paying components (capitation, CNI, drugs, sparsity, visits, targets, supplementary assignments).
 */
final class VatCompensation implements PaymentComponent {

    static final String CODE = "VAT_COMPENSATION";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        Map<String, BigDecimal> bases = new TreeMap<>();
        for (PaymentLine line : lines) {
            if (included(line.component()) && run.units().isPrivate(line.hsaId())) {
                bases.merge(line.hsaId(), line.amount(), BigDecimal::add);
            }
        }
        BigDecimal percent = run.parameters().vatPercent();
        bases.forEach((hsaId, base) -> Lines.add(lines, hsaId, CODE, base,
                Fraction.of(base.multiply(percent), BigDecimal.valueOf(100))));
    }

    /** Whether a component's line counts towards the compensation ({@code VISIT_CHARGE} and deductions do not). */
    static boolean included(String component) {
        return component.equals(AgeCapitation.CODE) || component.equals(Cni.CODE)
                || component.equals(DrugCapitation.CODE) || component.equals(Sparsity.CODE)
                || component.equals(VisitPayments.OTHER_LISTED) || component.equals(VisitPayments.UNLISTED)
                || component.equals(VisitPayments.OUT_OF_COUNTY) || component.startsWith("TARGET_")
                || component.startsWith("SUPPLEMENTARY_");
    }

    @Override
    public boolean owns(String component) {
        return CODE.equals(component);
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        boolean isPrivate = run.units().isPrivate(hsaId);
        if (isPrivate) {
            lines.stream().filter(l -> l.hsaId().equals(hsaId) && included(l.component()))
                    .forEach(l -> rows.add(HalsovalComponents.NAMES.labelOf(l.component(), run.codeNames()),
                            PaymentLines.show(l.amount())));
        }
        return rows.explanation(isPrivate
                ? SwedishNumbers.decimal(run.parameters().vatPercent())
                        + " % av enhetens rader nedan (en privat vårdgivare)."
                : "Bara privata vårdgivares enheter får momskompensation.", "Komponent", "Belopp");
    }
}
