package se.vardval.tandvard.internal;

import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;

/** Runs the payment components in order and returns the sorted lines of the units with a contract. */
final class Calculation {

    private Calculation() {
    }

    /** The run's lines and warnings. */
    static ModelResult calculate(RunContext run) {
        List<PaymentLine> lines = lines(run);
        return ModelResult.sorted(lines, run.warnings());
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
        return run.units().paidLines(all, run.inputs().period(), "Kliniken har listade barn eller akuttandvård",
                warning -> run.warn(warning.hsaId(), warning.code(), warning.message()));
    }
}
