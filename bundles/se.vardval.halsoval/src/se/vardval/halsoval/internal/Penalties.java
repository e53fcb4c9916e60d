package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Penalty;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;

/** {@code PENALTY}: each vite decided in the month, weeks × kr per week, capped per occasion, deducted. */
final class Penalties implements PaymentComponent {

    static final String CODE = "PENALTY";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        Map<String, BigDecimal[]> byUnit = new TreeMap<>();
        for (Penalty penalty : decidedInPeriod(run)) {
            BigDecimal[] sums = byUnit.computeIfAbsent(penalty.hsaId(),
                    u -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
            sums[0] = sums[0].add(penalty.weeks());
            sums[1] = sums[1].add(deduction(run, penalty));
        }
        byUnit.forEach((hsaId, sums) -> Lines.add(lines, hsaId, CODE, sums[0], Fraction.of(sums[1].negate())));
    }

    /** The kr one occasion deducts: weeks × kr per week, at most the cap. */
    static BigDecimal deduction(RunContext run, Penalty penalty) {
        BigDecimal kr = penalty.weeks().multiply(run.parameters().penalties().krPerWeek());
        BigDecimal cap = run.parameters().penalties().maxPerOccasion();
        return cap == null ? kr : kr.min(cap);
    }

    private static List<Penalty> decidedInPeriod(RunContext run) {
        YearMonth period = run.inputs().period();
        return run.inputs().penalties().stream().filter(p -> YearMonth.from(p.decided()).equals(period)).toList();
    }

    @Override
    public boolean owns(String component) {
        return CODE.equals(component);
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        for (Penalty penalty : decidedInPeriod(run)) {
            if (penalty.hsaId().equals(hsaId)) {
                rows.add(penalty.decided().toString(), PaymentLines.show(penalty.weeks()), penalty.reason(),
                        PaymentLines.show(penalty.weeks().multiply(run.parameters().penalties().krPerWeek())),
                        PaymentLines.show(deduction(run, penalty).negate()));
            }
        }
        BigDecimal cap = run.parameters().penalties().maxPerOccasion();
        return rows.explanation("Varje vite som beslutats under " + run.inputs().period() + ": veckor × "
                + SwedishNumbers.decimal(run.parameters().penalties().krPerWeek()) + " kr"
                + (cap == null ? "" : ", högst " + SwedishNumbers.decimal(cap) + " kr per tillfälle") + ", avdraget.",
                "Beslutat", "Veckor", "Orsak", "Veckor × kr", "Kr");
    }
}
