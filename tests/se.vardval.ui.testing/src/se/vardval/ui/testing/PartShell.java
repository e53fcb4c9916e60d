package se.vardval.ui.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import se.vardval.ui.api.ActingUser;
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
        return open(title, Map.of(ClientTags.CARE_CHOICE, careChoice), width, height);
    }

    /** Opens an empty shell with the title and size for a part whose model element carries {@code persistedState}
     * (e.g. the vårdval and the item it shows; a display and the demo database required). */
    public static PartShell open(String title, Map<String, String> persistedState, int width, int height)
            throws Exception {
        Display display = Displays.require();
        DemoDatabase.ensure();
        Shell shell = new Shell(display);
        shell.setText(title);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return new PartShell(display, shell, PartContexts.create(shell, persistedState));
    }

    /** The part acts as {@code user} (else the demo's administrator). */
    public void actAs(String user) {
        context.set(ActingUser.class, new ActingUser(user));
    }

    /** Builds the part in the shell, shows it and lets it settle. */
    public <T> T make(Class<T> part) {
        T made = ContextInjectionFactory.make(part, context);
        shell.open();
        Waits.settle(display, Duration.ofMillis(300));
        return made;
    }

    /**
     * Builds a part of the client's bundle that the bundle does not export (e.g. the generic rulebook editor), loaded
     * from that bundle as the workbench does, in the shell.
     */
    public Object makeClientPart(String className) throws ClassNotFoundException {
        return make(FrameworkUtil.getBundle(ClientTags.class).loadClass(className));
    }

    /** Lets the shell settle for a moment and saves what it shows as the screenshot {@code <name>.png}. */
    public Path save(String name) throws IOException {
        Waits.settle(display, Duration.ofMillis(500));
        return Screens.save(shell, name);
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
