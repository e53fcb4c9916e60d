package se.vardval.ui.imports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.operation.IRunnableWithProgress;

import se.vardval.core.store.ImportService;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.ImportService.Progress;
import se.vardval.ui.format.SwedishFormat;

/**
 * Imports a selection in the wizard's own progress area (a forked runnable: the window stays live). Cancelling stops
 * the file being read, which the import rolls back whole like any rejected file; files already imported stay.
 */
class ImportRun implements IRunnableWithProgress {

    private static final int TICKS = 1000;

    private final ImportService imports;
    private final ImportSelection selection;
    private final String user;
    private final List<FileResult> results = new ArrayList<>();
    private boolean cancelled;

    ImportRun(ImportService imports, ImportSelection selection, String user) {
        this.imports = imports;
        this.selection = selection;
        this.user = user;
    }

    @Override
    public void run(IProgressMonitor monitor) throws InvocationTargetException {
        try {
            long total = Math.max(1, selection.bytes());
            monitor.beginTask(selection.path().getFileName().toString(), TICKS);
            Ticker ticker = new Ticker(monitor, total);
            if (selection.directory()) {
                results.addAll(imports.importDirectory(selection.path(), user, ticker::progress));
            } else {
                results.add(imports.importFile(selection.path(), user, ticker::progress));
            }
        } catch (OperationCanceledException e) {
            cancelled = true;
        } catch (IOException | RuntimeException e) {
            throw new InvocationTargetException(e);
        } finally {
            monitor.done();
        }
    }

    /** The files' outcomes, in the order they were read. */
    List<FileResult> results() {
        return results;
    }

    /** Whether the user cancelled (the file being read then is not imported). */
    boolean cancelled() {
        return cancelled;
    }

    /** Turns the import's progress into the monitor's, and the monitor's cancel into a stop of the import. */
    private static final class Ticker {

        private final IProgressMonitor monitor;
        private final long total;
        private long doneBefore;
        private String file;
        private long fileBytes;
        private int ticks;

        Ticker(IProgressMonitor monitor, long total) {
            this.monitor = monitor;
            this.total = total;
        }

        void progress(Progress progress) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (!progress.file().equals(file)) {
                doneBefore += fileBytes;
                file = progress.file();
            }
            fileBytes = progress.bytesTotal();
            monitor.subTask(progress.file() + ": " + SwedishFormat.number(BigDecimal.valueOf(progress.rowsDone())));
            int now = (int) Math.min(TICKS, (doneBefore + progress.bytesDone()) * TICKS / total);
            if (now > ticks) {
                monitor.worked(now - ticks);
                ticks = now;
            }
        }
    }
}
