package se.vardval.ui.run;

import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.service.RunCancelledException;
import se.vardval.core.service.UserError;

/**
 * Calculates one month of a vårdval in the background and reads the stored run back, telling a {@link Listener}
 * (the run view) its progress and outcome: a {@link UserError} is a refusal, any other failure a fault that the job's
 * error status takes to the log. Cancelling stops the engine while it reads the month's inputs, before anything is
 * stored; after the run is stored, cancelling only leaves it unshown (it stays CALCULATED).
 */
public class RunPeriodJob extends Job {

    /** The steps of the job. */
    public enum Step {
        /** The engine calculates and stores the run; it cannot tell how far it has come. */
        CALCULATING,
        /** The stored lines and warnings are read back. */
        READING
    }

    /** Receives the job's progress and outcome, on the job's thread. */
    public interface Listener {

        /** A step has begun; {@code percent} is -1 while the step cannot tell how far it has come. */
        void progress(Step step, int percent);

        /** The run is calculated and read back. */
        void done(RunResult result);

        /** The engine refused the run with a message for the user. */
        void refused(String message);

        /** The calculation failed by a fault of the program, not of the user; the job's error status logs it. */
        void failed(RuntimeException fault);
    }

    /** What the job has the engine do: an ordinary run or a correction run, stopping when told it is cancelled. */
    @FunctionalInterface
    public interface Calculation {

        /** Calculates and stores the run. */
        PaymentRun calculate(BooleanSupplier cancelled);
    }

    private final Calculation calculation;
    private final Function<PaymentRun, RunResult> readBack;
    private final Listener listener;

    /** A job doing a calculation under the given name. */
    public RunPeriodJob(String name, Calculation calculation, Function<PaymentRun, RunResult> readBack,
            Listener listener) {
        super(name);
        this.calculation = calculation;
        this.readBack = readBack;
        this.listener = listener;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 10);
        try {
            listener.progress(Step.CALCULATING, -1);
            if (sub.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            PaymentRun run = calculation.calculate(monitor::isCanceled);
            sub.worked(8);
            if (sub.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            listener.progress(Step.READING, 80);
            RunResult result = readBack.apply(run);
            sub.worked(2);
            listener.progress(Step.READING, 100);
            listener.done(result);
            return Status.OK_STATUS;
        } catch (RunCancelledException e) {
            return Status.CANCEL_STATUS;
        } catch (UserError e) {
            listener.refused(e.getMessage());
            return Status.OK_STATUS;
        } catch (RuntimeException e) {
            listener.failed(e);
            return Status.error("Internal error in " + getName(), e);
        }
    }
}
