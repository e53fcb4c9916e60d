package se.vardval.persistence.internal;

import java.util.function.UnaryOperator;

import se.vardval.persistence.Databases;

/**
 * Where the database is and who connects: {@code vardval.db} (a directory for the embedded database, default
 * {@code ~/.vardval/db}, or a {@code jdbc:postgresql:} URL), {@code vardval.db.user} and {@code vardval.db.password},
 * the latter two also from {@code VARDVAL_DB_USER} and {@code VARDVAL_DB_PASSWORD}.
 */
record DatabaseSettings(String url, String user, String password) {

    /** Reads the settings from system properties, then the environment. */
    static DatabaseSettings from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String db = first(properties.apply("vardval.db"), environment.apply("VARDVAL_DB"), "~/.vardval/db");
        String url = Databases.url(db);
        String defaultUser = url.startsWith("jdbc:h2:") ? "sa" : System.getProperty("user.name");
        String user = first(properties.apply("vardval.db.user"), environment.apply("VARDVAL_DB_USER"), defaultUser);
        String password = first(properties.apply("vardval.db.password"), environment.apply("VARDVAL_DB_PASSWORD"), "");
        return new DatabaseSettings(url, user, password);
    }

    private static String first(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b != null && !b.isBlank() ? b.trim() : fallback;
    }
}
