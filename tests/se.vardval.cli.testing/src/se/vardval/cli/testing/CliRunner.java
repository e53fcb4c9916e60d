package se.vardval.cli.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.vardval.cli.Commands;

/** Runs {@code vardval} command lines through the real command line service of a test runtime. */
public final class CliRunner {

    private static final long SERVICE_WAIT_MILLIS = 30_000;

    /** What one command printed and returned. */
    public record Outcome(int exitCode, String out, String err) {
    }

    private final Commands commands;

    /** A runner on the command line service, waiting for it to start. */
    public CliRunner() throws InterruptedException {
        commands = service(Commands.class);
    }

    /** A service of the test runtime, waiting for it to start. */
    public static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CliRunner.class).getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(SERVICE_WAIT_MILLIS);
        if (service == null) {
            throw new IllegalStateException(type.getName() + " did not start");
        }
        return service;
    }

    /** Runs one command line and returns what it printed and its exit code. */
    public Outcome run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = commands.execute(List.of(arguments), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /** Runs one command line that must succeed and returns its standard output. */
    public String ok(String... arguments) {
        Outcome outcome = run(arguments);
        assertEquals(0, outcome.exitCode(), () -> String.join(" ", arguments) + " failed: " + outcome.err());
        return outcome.out();
    }
}
