package se.vardval.ui.run;

import java.util.List;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.store.RunStore;

/** A stored run as the run view shows it: the run, its lines and its warnings. */
public record RunResult(PaymentRun run, List<PaymentLine> lines, List<RunWarning> warnings) {

    /** Reads a stored run with its lines and warnings. */
    public static RunResult read(RunStore runs, PaymentRun run) {
        return new RunResult(run, runs.lines(run.id()), runs.warnings(run.id()));
    }
}
