package se.vardval.ui.app;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import se.vardval.core.security.UserDirectory;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.i18n.Messages;

/**
 * The client's start: settles which database to open before any service opens it. A database given on the command
 * line ({@code -Dvardval.db=...}, or {@code VARDVAL_DB} in the environment) is opened as it is; else the one
 * remembered in the user's preferences; a shared server (whose password is never stored) or a database that cannot be
 * reached brings up the connection dialog.
 */
public class LifeCycle {

    /** System property naming the demo region's directory; {@code ~/.vardval/demo} when not set. */
    public static final String DEMO_PROPERTY = "vardval.demo.db";

    /** Preference set by "connect to database" before a restart: then the remembered connection wins. */
    private static final String SWITCHED = "connection.switched";

    private Display display;
    private IEclipsePreferences preferences;
    private Messages messages;
    private IEventBroker events;

    @PostContextCreate
    void chooseDatabase(IEclipseContext context, Display display, @Preference IEclipsePreferences preferences,
            @Translation Messages messages, IEventBroker events) {
        this.display = display;
        this.preferences = preferences;
        this.messages = messages;
        this.events = events;
        String demo = demoLocation();
        boolean switched = preferences.getBoolean(SWITCHED, false);
        if (switched) {
            preferences.remove(SWITCHED);
            flush(preferences);
        }
        String given = switched ? null : setting("vardval.db", "VARDVAL_DB");
        Connection start = given != null
                ? Connection.fromSetting(given, setting("vardval.db.user", "VARDVAL_DB_USER"), demo)
                : Connection.remembered(preferences);
        String password = given != null ? setting("vardval.db.password", "VARDVAL_DB_PASSWORD") : null;
        String problem = null;
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
            StartView.open(context.get(MApplication.class));
            SmokeTest.startIfAsked(display, context.get(IWorkbench.class));
        });
        if (start != null && (!start.needsPassword() || password != null)) {
            Optional<String> failure = ConnectionCheck.problem(start, password);
            if (failure.isEmpty()) {
                use(context, start, password);
                return;
            }
            problem = failure.get();
        }
        ConnectionDialog dialog = new ConnectionDialog(new Shell(display), messages, demo, start, problem);
        if (dialog.open() == Window.OK) {
            remember(preferences, dialog.connection());
            use(context, dialog.connection(), dialog.password());
        } else {
            quit(context, events);
        }
    }

    /** Connects the services to the database and settles the acting user; the client quits when login is given up. */
    private void use(IEclipseContext context, Connection connection, String password) {
        connection.apply(password);
        context.set(Connection.class, connection);
        ActingUser user = Login.actingUser(new Shell(display), messages, context.get(UserDirectory.class),
                preferences);
        if (user == null) {
            quit(context, events);
        } else {
            context.set(ActingUser.class, user);
        }
    }

    private static void quit(IEclipseContext context, IEventBroker events) {
        events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> context.get(IWorkbench.class).close());
    }

    /** The demo region's directory. */
    public static String demoLocation() {
        return System.getProperty(DEMO_PROPERTY, Path.of(System.getProperty("user.home"), ".vardval", "demo")
                .toString());
    }

    /** Makes the next start open the remembered connection rather than one given on the command line. */
    public static void useRememberedOnRestart(IEclipsePreferences preferences) throws BackingStoreException {
        preferences.putBoolean(SWITCHED, true);
        preferences.flush();
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(environment);
    }

    private static void remember(IEclipsePreferences preferences, Connection connection) {
        try {
            connection.remember(preferences);
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot store the connection in the preferences", e);
        }
    }

    private static void flush(IEclipsePreferences preferences) {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot store the preferences", e);
        }
    }
}
