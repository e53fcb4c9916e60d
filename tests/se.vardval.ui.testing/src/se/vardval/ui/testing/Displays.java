package se.vardval.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Assumptions;

/**
 * The real display the UI tests need: without one they are skipped with a message saying so, and in CI
 * ({@code CI=true}) a missing display is a failure.
 */
public final class Displays {

    private Displays() {
    }

    /** The display of the test thread; aborts or fails the test when the machine has none. */
    public static Display require() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        if (!windows && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            String reason = "no display (DISPLAY is not set): the client's UI tests need one, e.g. run the build "
                    + "under xvfb-run -a, or export DISPLAY of a running Xvfb";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason);
            }
            System.err.println("UI tests SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return Display.getDefault();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
