package se.vardval.ui.run;

import java.util.List;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;
import se.vardval.core.store.RunStore;

/** A stored run as the run view shows it: the run, its lines, its warnings and its rejected items. */
public record RunResult(PaymentRun run, List<PaymentLine> lines, List<RunWarning> warnings,
        List<RejectedItem> rejections) {

    /** Reads a stored run with its lines, warnings and rejected items. */
    public static RunResult read(RunStore runs, PaymentRun run) {
        return new RunResult(run, runs.lines(run.id()), runs.warnings(run.id()), runs.rejections(run.id()));
    }
}
