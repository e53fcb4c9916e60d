package se.vardval.cli;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless Equinox application behind {@code ./vardval}: applies the global {@code --db} option, then hands the
 * arguments to the command line service and returns its exit code.
 */
public class CliApplication implements IApplication {

    private static final long SERVICE_WAIT_SECONDS = 60;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = List.of(args == null ? new String[0] : args);
        DatabaseOption.applyTo(arguments);
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<Commands, Commands> tracker = new ServiceTracker<>(bundleContext, Commands.class, null);
        tracker.open();
        try {
            Commands commands = tracker.waitForService(TimeUnit.SECONDS.toMillis(SERVICE_WAIT_SECONDS));
            if (commands == null) {
                System.err.println("vardval: tjänsterna startade inte; se loggen i konfigurationskatalogen");
                return 3;
            }
            return commands.execute(arguments);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // the commands run to completion on the caller's thread; nothing to interrupt
    }
}
