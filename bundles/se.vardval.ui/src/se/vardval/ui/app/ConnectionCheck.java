package se.vardval.ui.app;

import java.util.Optional;

import javax.sql.DataSource;

import se.vardval.persistence.DatabaseUnavailableException;
import se.vardval.persistence.Databases;

/** Tries a connection before the client switches to it, so that an unreachable server is reported at once. */
public final class ConnectionCheck {

    /** The user of an embedded database, as the persistence layer opens it. */
    private static final String EMBEDDED_USER = "sa";

    private ConnectionCheck() {
    }

    /** Why the database cannot be opened, or empty when a connection succeeds. */
    public static Optional<String> problem(Connection connection, String password) {
        DataSource dataSource = null;
        try {
            String url = Databases.url(connection.location());
            String user = connection.needsPassword() ? connection.user() : EMBEDDED_USER;
            dataSource = Databases.open(url, user, password == null ? "" : password);
            Databases.check(dataSource);
            return Optional.empty();
        } catch (DatabaseUnavailableException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } finally {
            if (dataSource != null) {
                Databases.close(dataSource);
            }
        }
    }
}
