package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.model.SwedishNumbers;

/** Runs the payment components in order and returns the sorted lines of the units with a contract. */
final class Calculation {

    private static final Comparator<PaymentLine> LINE_ORDER = Comparator.comparing(PaymentLine::hsaId)
            .thenComparing(PaymentLine::component);

    private static final Comparator<RunWarning> WARNING_ORDER = Comparator
            .comparing(RunWarning::hsaId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(RunWarning::code).thenComparing(RunWarning::message);

    private Calculation() {
    }

    /** The run's lines and warnings. */
    static ModelResult calculate(RunContext run) {
        List<PaymentLine> lines = lines(run);
        List<RunWarning> warnings = new ArrayList<>(run.warnings());
        warnings.sort(WARNING_ORDER);
        return new ModelResult(lines, List.copyOf(warnings));
    }

    /**
     * The lines, sorted by unit and component: capitation, the risk pool withheld from it, emergency treatment
     * elsewhere and, in the payout month, the risk pool's payout; lines of units without a contract are left out with
     * a warning.
     */
    static List<PaymentLine> lines(RunContext run) {
        List<PaymentLine> all = new ArrayList<>();
        Capitation.addLines(run, all);
        RiskPool.addLines(run, all);
        EmergencyElsewhere.addLines(run, all);
        if (RiskPoolPayout.isPayoutMonth(run)) {
            RiskPoolPayout.addLines(run, all, run.poolYear());
        }
        List<PaymentLine> paid = new ArrayList<>();
        Map<String, List<PaymentLine>> withoutContract = new TreeMap<>();
        for (PaymentLine line : all) {
            if (run.units().contains(line.hsaId())) {
                paid.add(line);
            } else {
                withoutContract.computeIfAbsent(line.hsaId(), u -> new ArrayList<>()).add(line);
            }
        }
        withoutContract.forEach((hsaId, lines) -> run.warn(hsaId, "UNIT_WITHOUT_CONTRACT", "Kliniken har listade"
                + " barn eller akuttandvård under " + run.inputs().period() + " men inget avtal i vårdvalet, så dess"
                + " rader betalas inte ut: " + lines.size() + " st, totalt " + SwedishNumbers
                        .kronor(lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                + ". Komponenter: " + String.join(", ", lines.stream().map(PaymentLine::component).toList()) + "."));
        paid.sort(LINE_ORDER);
        return List.copyOf(paid);
    }
}
