package se.vardval.ui.app;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import se.vardval.core.security.UserDirectory;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.i18n.Messages;

/**
 * Settles who the client acts as once the database is chosen: on the embedded database its seeded {@code demo}
 * administrator (or {@code -Dvardval.user}), on a shared server the user who logs in, whose name (never password) is
 * remembered for the next login.
 */
final class Login {

    /** The administrator of every vårdval the embedded database is seeded with. */
    static final String DEMO_USER = "demo";

    private static final String REMEMBERED = "login.user";

    private Login() {
    }

    /** The acting user, or null when the user gave up logging in. */
    static ActingUser actingUser(Shell shell, Messages messages, UserDirectory users,
            IEclipsePreferences preferences) {
        if (users == null || !users.passwordRequired()) {
            return new ActingUser(System.getProperty("vardval.user", DEMO_USER));
        }
        LoginDialog dialog = new LoginDialog(shell, messages, users, preferences.get(REMEMBERED, null));
        if (dialog.open() != Window.OK) {
            return null;
        }
        preferences.put(REMEMBERED, dialog.user());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot store the login name in the preferences", e);
        }
        return new ActingUser(dialog.user());
    }
}
