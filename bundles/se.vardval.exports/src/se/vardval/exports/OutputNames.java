package se.vardval.exports;

import se.vardval.core.domain.PaymentRun;

/** The conventional names of a run's output files. */
final class OutputNames {

    private OutputNames() {
    }

    /** {@code payments-<vårdval>-<period>}, with {@code -correction-<run id>} for a correction run. */
    static String base(PaymentRun run) {
        return "payments-" + run.careChoice() + "-" + run.period()
                + (run.correctsRunId() == null ? "" : "-correction-" + run.id());
    }
}
