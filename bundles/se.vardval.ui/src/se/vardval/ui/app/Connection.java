package se.vardval.ui.app;

import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Which database the client works on: the embedded demo region, a local embedded database in a directory, or a
 * shared PostgreSQL server by URL and user. The password is never part of it: it is asked for on connecting and
 * lives only in the running process.
 */
public record Connection(Kind kind, String location, String user) {

    /** The kinds of database the client can open. */
    public enum Kind {
        /** The embedded demo region. */
        DEMO,
        /** An embedded database in a local directory. */
        LOCAL,
        /** A shared PostgreSQL server. */
        POSTGRES
    }

    private static final String KIND = "connection.kind";
    private static final String LOCATION = "connection.location";
    private static final String USER = "connection.user";

    /** The connection as the {@code vardval.db} setting gives it: a {@code jdbc:postgresql:} URL or a directory. */
    public static Connection fromSetting(String setting, String user, String demoLocation) {
        if (setting.startsWith("jdbc:postgresql:")) {
            return new Connection(Kind.POSTGRES, setting, user);
        }
        return new Connection(setting.equals(demoLocation) ? Kind.DEMO : Kind.LOCAL, setting, null);
    }

    /** The connection remembered in the user's preferences, or null when none is. */
    public static Connection remembered(Preferences preferences) {
        String kind = preferences.get(KIND, null);
        String location = preferences.get(LOCATION, null);
        if (kind == null || location == null) {
            return null;
        }
        return new Connection(Kind.valueOf(kind), location, preferences.get(USER, null));
    }

    /** Remembers the connection (never a password) in the user's preferences. */
    public void remember(Preferences preferences) throws BackingStoreException {
        preferences.put(KIND, kind.name());
        preferences.put(LOCATION, location);
        if (user == null) {
            preferences.remove(USER);
        } else {
            preferences.put(USER, user);
        }
        preferences.flush();
    }

    /** Whether connecting needs a password (the shared server does). */
    public boolean needsPassword() {
        return kind == Kind.POSTGRES;
    }

    /** Makes this the database of the services that start from now on, through the {@code vardval.db} settings. */
    public void apply(String password) {
        System.setProperty("vardval.db", location);
        if (kind == Kind.POSTGRES) {
            System.setProperty("vardval.db.user", user == null ? "" : user);
            System.setProperty("vardval.db.password", password == null ? "" : password);
        } else {
            System.clearProperty("vardval.db.user");
            System.clearProperty("vardval.db.password");
        }
    }

    /** A short description for the window title and the navigator header. */
    public String describe() {
        return kind == Kind.POSTGRES ? user + " @ " + location : location;
    }
}
