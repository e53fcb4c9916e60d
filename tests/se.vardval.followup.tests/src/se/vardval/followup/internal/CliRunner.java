package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs {@code vardval} command lines through the command line service of the test runtime. The service's class is
 * not exported by the CLI bundle, so it is called by its public {@code execute} method.
 */
final class CliRunner {

    /** What one command printed and returned. */
    record Outcome(int exitCode, String out, String err) {
    }

    private final Object commands;
    private final Method execute;

    CliRunner() throws Exception {
        commands = service(Object.class, "se.vardval.cli.Commands");
        execute = commands.getClass().getMethod("execute", List.class, PrintWriter.class, PrintWriter.class);
    }

    /** A service of the test runtime, waiting for it to start. */
    static <T> T service(Class<T> type) throws InterruptedException {
        return service(type, type.getName());
    }

    private static <T> T service(Class<T> type, String name) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(CliRunner.class).getBundleContext();
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, name, null);
        tracker.open();
        Object service = tracker.waitForService(30_000);
        if (service == null) {
            throw new IllegalStateException(name + " did not start");
        }
        return type.cast(service);
    }

    Outcome run(String... arguments) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = (Integer) execute.invoke(commands, List.of(arguments), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    String ok(String... arguments) throws Exception {
        Outcome outcome = run(arguments);
        assertEquals(0, outcome.exitCode(), () -> String.join(" ", arguments) + " failed: " + outcome.err());
        return outcome.out();
    }
}
