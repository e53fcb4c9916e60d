package se.vardval.ui.views;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Widget;

/** Reads a view's data in a job and hands it to the view on the UI thread, unless the view is closed by then. */
public final class Background {

    private Background() {
    }

    /** Runs {@code reading} in a job named {@code name}, then {@code show} or, with its message, {@code failed}. */
    public static <T> void read(String name, UISynchronize sync, Widget view, Supplier<T> reading, Consumer<T> show,
            Consumer<String> failed) {
        Job.create(name, monitor -> {
            try {
                T result = reading.get();
                sync.asyncExec(() -> {
                    if (!view.isDisposed()) {
                        show.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    if (!view.isDisposed()) {
                        failed.accept(e.getMessage());
                    }
                });
            }
        }).schedule();
    }
}
