package se.vardval.ui.run;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.RunInputChanges;
import se.vardval.core.store.RunStore;

/**
 * A stored run as the run view shows it: the run, its lines, its warnings (first those about inputs changed after it
 * was calculated) and its rejected items.
 */
public record RunResult(PaymentRun run, List<PaymentLine> lines, List<RunWarning> warnings,
        List<RejectedItem> rejections) {

    /** Reads a stored run with its lines, warnings and rejected items, and the changes to its inputs since. */
    public static RunResult read(RunStore runs, AuditLog audit, PaymentRun run) {
        List<RunWarning> warnings = new ArrayList<>(new RunInputChanges(ZoneId.systemDefault()).warnings(audit, run));
        warnings.addAll(runs.warnings(run.id()));
        return new RunResult(run, runs.lines(run.id()), List.copyOf(warnings), runs.rejections(run.id()));
    }
}
