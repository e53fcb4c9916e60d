package se.vardval.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;

import se.vardval.ui.parts.Screenshots;
import se.vardval.ui.parts.Widgets;

/**
 * The product's smoke test: started with {@code -Dvardval.smoke=<file.png>}, the client waits until its navigator
 * shows the region, saves a screenshot of the main window and the navigator's items ({@code <file>.txt}), and quits.
 */
final class SmokeTest {

    /** The system property naming the screenshot to write. */
    static final String PROPERTY = "vardval.smoke";

    private static final int POLL_MILLIS = 500;
    private static final int SETTLE_POLLS = 4;
    private static final int MAX_POLLS = 240;

    private final Display display;
    private final IWorkbench workbench;
    private final Path screenshot;
    private int polls;
    private int settled;

    private SmokeTest(Display display, IWorkbench workbench, Path screenshot) {
        this.display = display;
        this.workbench = workbench;
        this.screenshot = screenshot;
    }

    /** Starts the smoke test when the property asks for it; call once the workbench is up. */
    static void startIfAsked(Display display, IWorkbench workbench) {
        String file = System.getProperty(PROPERTY);
        if (file != null && !file.isBlank()) {
            new SmokeTest(display, workbench, Path.of(file)).poll();
        }
    }

    private void poll() {
        Shell shell = mainShell();
        Tree tree = shell == null ? null : Widgets.find(shell, "navigator.tree", Tree.class);
        boolean ready = tree != null && tree.getItemCount() > 0;
        settled = ready ? settled + 1 : 0;
        if (settled >= SETTLE_POLLS || ++polls > MAX_POLLS) {
            finish(shell, tree);
        } else {
            display.timerExec(POLL_MILLIS, this::poll);
        }
    }

    private Shell mainShell() {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && shell.getParent() == null) {
                return shell;
            }
        }
        return null;
    }

    private void finish(Shell shell, Tree tree) {
        try {
            List<String> items = tree == null ? List.of("(no navigator)") : Widgets.visibleItems(tree);
            Files.createDirectories(screenshot.toAbsolutePath().getParent());
            Files.write(Path.of(screenshot + ".txt"), items);
            if (shell != null) {
                Screenshots.save(shell, screenshot);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the smoke test's screenshot " + screenshot, e);
        } finally {
            workbench.close();
        }
    }
}
