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
        return new RunResult(run, runs.lines(run.id()), runs.warnings(run.id()), runs.rejections(run.id()))
                .withInputChanges(audit, run);
    }

    /**
     * The same lines and rejected items of the run as it is now (its state may have moved on), with the changes to its
     * inputs read again before the warnings the run stored.
     */
    public RunResult withInputChanges(AuditLog audit, PaymentRun now) {
        List<RunWarning> all = new ArrayList<>(new RunInputChanges(ZoneId.systemDefault()).warnings(audit, now));
        warnings.stream().filter(w -> !isInputChange(w)).forEach(all::add);
        return new RunResult(now, lines, List.copyOf(all), rejections);
    }

    /** Whether the run's inputs changed after it was calculated. */
    public boolean inputsChanged() {
        return warnings.stream().anyMatch(RunResult::isInputChange);
    }

    private static boolean isInputChange(RunWarning warning) {
        return RunInputChanges.CODE.equals(warning.code());
    }
}
