package se.vardval.annual.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ProgressBar;

import se.vardval.core.service.RunCancelledException;
import se.vardval.ui.api.ClientTags;

/**
 * Start, cancel, progress and outcome of a view's calculation, which runs as a background job (Eclipse Jobs) so that
 * the window stays live: its result reaches the view on the UI thread unless it was cancelled, superseded or the view
 * closed; a refusal is shown as its one-line reason.
 */
final class JobBar {

    private final Messages messages;
    private final Composite bar;
    private final Button start;
    private final Button cancel;
    private final ProgressBar progress;
    private final StatusLine status;
    private Job job;

    JobBar(Composite parent, Messages messages, String startText, String keyPrefix, Runnable onStart) {
        this.messages = messages;
        bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
        start = Fields.button(bar, startText, keyPrefix + ".start", onStart);
        cancel = Fields.button(bar, messages.cancel, keyPrefix + ".cancel", this::cancel);
        cancel.setEnabled(false);
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setData(ClientTags.WIDGET_KEY, keyPrefix + ".progress");
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(progress);
        status = new StatusLine(bar, keyPrefix + ".status", 1);
    }

    Composite control() {
        return bar;
    }

    StatusLine status() {
        return status;
    }

    boolean busy() {
        return job != null;
    }

    /** Runs {@code call} in a job; {@code done} receives its result on the UI thread. */
    <T> void run(String name, Function<IProgressMonitor, T> call, Consumer<T> done) {
        busy(true);
        progress.setSelection(0);
        status.info(messages.working);
        job = new CallJob<>(name, call, done);
        job.schedule();
    }

    /** Shows how far the job has come; may be called from the job's thread. */
    void report(int percent, String text) {
        progress.getDisplay().asyncExec(() -> {
            if (!progress.isDisposed() && job != null) {
                progress.setSelection(percent);
                status.info(text);
            }
        });
    }

    /** Cancels the running job; its result, should it still come, is never shown. */
    void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
            busy(false);
            status.info(messages.cancelled);
        }
    }

    /** Cancels the running job as the view closes, leaving the widgets alone. */
    void dispose() {
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    private void busy(boolean busy) {
        start.setEnabled(!busy);
        cancel.setEnabled(busy);
        if (!busy) {
            progress.setSelection(0);
        }
    }

    /** The job of one call, which hands its outcome to the bar only while it is still the bar's job. */
    private final class CallJob<T> extends Job {

        private final Function<IProgressMonitor, T> call;
        private final Consumer<T> done;

        CallJob(String name, Function<IProgressMonitor, T> call, Consumer<T> done) {
            super(name);
            this.call = call;
            this.done = done;
            setUser(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            try {
                T result = call.apply(monitor);
                deliver(() -> {
                    progress.setSelection(100);
                    done.accept(result);
                });
                return Status.OK_STATUS;
            } catch (RunCancelledException e) {
                return Status.CANCEL_STATUS;
            } catch (RuntimeException e) {
                deliver(() -> status.error(StatusLine.reason(e)));
                return Status.OK_STATUS;
            }
        }

        private void deliver(Runnable outcome) {
            progress.getDisplay().asyncExec(() -> {
                if (!progress.isDisposed() && job == this) {
                    job = null;
                    busy(false);
                    outcome.run();
                }
            });
        }
    }
}
