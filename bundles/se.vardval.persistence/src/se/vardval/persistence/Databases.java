package se.vardval.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariDataSource;

import se.vardval.persistence.internal.ForwardingDataSource;
import se.vardval.persistence.internal.PostgresPool;
import se.vardval.persistence.internal.UnsupportedDatabase;

/**
 * Opens the database of the workbench: an embedded H2 file database in a directory, or PostgreSQL by a
 * {@code jdbc:postgresql:} URL. The same code serves both; a failed connection is reported with a readable message.
 */
public final class Databases {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final String EMBEDDED = "jdbc:h2:file:";

    private Databases() {
    }

    /**
     * The JDBC URL for a setting of {@code vardval.db}: a {@code jdbc:} URL as it is, or a directory for an embedded H2
     * database (several local processes may share it; a write waits up to a minute for another's lock, as for the turn
     * of a listings file another import is loading, where H2 by itself gives up after a second).
     */
    public static String url(String setting) {
        if (setting.startsWith("jdbc:")) {
            return setting;
        }
        Path dir = Path.of(setting.replaceFirst("^~", System.getProperty("user.home"))).toAbsolutePath();
        return EMBEDDED + dir.resolve("vardval") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=60000";
    }

    /**
     * A data source for the URL; no connection is opened yet. Close it with {@link #close(DataSource)}.
     *
     * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL; any other gives a data source whose every
     *            connection fails with the reason, as an unreachable server's does
     */
    public static DataSource open(String url, String user, String password) {
        DataSource target;
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            pg.setApplicationName("Vårdval Workbench");
            target = PostgresPool.over(pg, Duration.ofSeconds(CONNECT_TIMEOUT_SECONDS));
        } else if (isFileInsteadOfDirectory(url)) {
            return new UnsupportedDatabase(url, "Kan inte öppna den inbäddade databasen: " + embeddedDirectory(url)
                    + " är en fil, inte en katalog; ange databasens katalog (--db eller vardval.db)");
        } else if (url.startsWith("jdbc:h2:")) {
            target = JdbcConnectionPool.create(url, user == null ? "" : user, password == null ? "" : password);
        } else {
            return new UnsupportedDatabase(url);
        }
        return new ExplainingDataSource(target, url, user);
    }

    /**
     * Whether the URL is an embedded database's whose directory is a file: H2 would fail on it only after printing its
     * own stack trace, for not being able to write its trace file there.
     */
    private static boolean isFileInsteadOfDirectory(String url) {
        return url.startsWith(EMBEDDED) && Files.isRegularFile(embeddedDirectory(url));
    }

    /** The directory of an embedded database's URL (as {@link #url} makes it). */
    private static Path embeddedDirectory(String url) {
        return Path.of(url.substring(EMBEDDED.length()).split(";", 2)[0]).getParent();
    }

    /** Releases the connections a data source of {@link #open} holds. */
    public static void close(DataSource dataSource) {
        if (dataSource instanceof ExplainingDataSource explaining) {
            if (explaining.target() instanceof JdbcConnectionPool pool) {
                pool.dispose();
            } else if (explaining.target() instanceof HikariDataSource pool) {
                pool.close();
            }
        }
    }

    /** Tries a connection and throws {@link DatabaseUnavailableException} with a readable message when it fails. */
    public static void check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(CONNECT_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(e.getMessage(), e);
        }
    }

    /** Delegates to the real data source and rewrites a failed connection into a message naming the database. */
    private static final class ExplainingDataSource extends ForwardingDataSource {

        private final String url;
        private final String user;

        ExplainingDataSource(DataSource target, String url, String user) {
            super(target);
            this.url = url;
            this.user = user;
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return super.getConnection();
            } catch (SQLException e) {
                throw explained(e);
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            try {
                return super.getConnection(username, password);
            } catch (SQLException e) {
                throw explained(e);
            }
        }

        private SQLException explained(SQLException e) {
            String what = url.startsWith("jdbc:postgresql:")
                    ? "Kan inte ansluta till PostgreSQL-databasen " + url + " som användaren '" + user + "': "
                    : "Kan inte öppna den inbäddade databasen " + url + ": ";
            String hint = url.startsWith("jdbc:postgresql:")
                    ? " Kontrollera att servern är igång och går att nå, och inställningarna vardval.db,"
                            + " vardval.db.user och vardval.db.password (eller VARDVAL_DB_USER / VARDVAL_DB_PASSWORD)."
                    : " Kontrollera att katalogen är skrivbar och att inget annat program har låst databasen.";
            return new SQLException(what + e.getMessage() + hint, e.getSQLState(), e);
        }

        @Override
        public String toString() {
            return url;
        }
    }
}
