package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Runs {@code vardval} command lines through the real command line service of the test runtime, whose database has
 * the {@link TestUsers}.
 */
final class CliRunner {

    /** What one command printed and returned. */
    record Outcome(int exitCode, String out, String err) {
    }

    private final Commands commands;

    CliRunner(Commands commands) {
        this.commands = commands;
    }

    CliRunner() throws InterruptedException {
        TestUsers.seed();
        ServiceTracker<Commands, Commands> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), Commands.class, null);
        tracker.open();
        commands = tracker.waitForService(30_000);
        if (commands == null) {
            throw new IllegalStateException("the command line service did not start");
        }
    }

    /** The services of the command line. */
    CliServices services() {
        return commands.services;
    }

    Outcome run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = commands.execute(List.of(arguments), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    String ok(String... arguments) {
        Outcome outcome = run(arguments);
        assertEquals(0, outcome.exitCode(), () -> String.join(" ", arguments) + " failed: " + outcome.err());
        return outcome.out();
    }

    /**
     * Creates a Hälsoval vårdval with a 2026 draft paying 2 600 kr per point and a 2027 draft made from it, the years
     * the indexation commands raise.
     */
    void twoDraftYears(String careChoice, String name) {
        ok("care-choice", careChoice, "--model", "halsoval", "--name", name);
        ok("rulebook", "draft", careChoice, "2026", "--defaults");
        ok("rulebook", "set", careChoice, "2026", "capitation.krPerPoint", "2600");
        ok("rulebook", "draft", careChoice, "2027", "--from", "2026");
    }
}
