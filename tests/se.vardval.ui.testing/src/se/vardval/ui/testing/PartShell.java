package se.vardval.ui.testing;

import java.time.Duration;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import se.vardval.ui.api.ClientTags;

/**
 * A shell of its own on the demo database in which a UI test builds a part with e4 injection, for one vårdval, and
 * finds its widgets by their data keys; closing it disposes the part's context and the shell.
 */
public final class PartShell implements AutoCloseable {

    private final Display display;
    private final Shell shell;
    private final IEclipseContext context;

    private PartShell(Display display, Shell shell, IEclipseContext context) {
        this.display = display;
        this.shell = shell;
        this.context = context;
    }

    /** Opens an empty shell with the title and size for parts of {@code careChoice} (a display and the demo database
     * required). */
    public static PartShell open(String title, String careChoice, int width, int height) throws Exception {
        Display display = Displays.require();
        DemoDatabase.ensure();
        Shell shell = new Shell(display);
        shell.setText(title);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return new PartShell(display, shell, PartContexts.create(shell, Map.of(ClientTags.CARE_CHOICE, careChoice)));
    }

    /** Builds the part in the shell, shows it and lets it settle. */
    public <T> T make(Class<T> part) {
        T made = ContextInjectionFactory.make(part, context);
        shell.open();
        Waits.settle(display, Duration.ofMillis(300));
        return made;
    }

    /** The part's widget with the data key, which must exist. */
    public <T extends Control> T widget(String key, Class<T> type) {
        return Find.widget(shell, key, type);
    }

    /** The display. */
    public Display display() {
        return display;
    }

    /** The shell. */
    public Shell shell() {
        return shell;
    }

    /** The part's context. */
    public IEclipseContext context() {
        return context;
    }

    @Override
    public void close() {
        context.dispose();
        shell.dispose();
    }
}
