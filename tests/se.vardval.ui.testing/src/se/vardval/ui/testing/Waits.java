package se.vardval.ui.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the display's event loop until a condition holds, as a user's session would while a job works. */
public final class Waits {

    private Waits() {
    }

    /** Dispatches events until {@code condition} holds; fails with {@code what} after {@code timeout}. */
    public static void until(Display display, Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                pause();
            }
        }
    }

    /** Dispatches events for a while, so that layouts and paints are done before a screenshot. */
    public static void settle(Display display, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
