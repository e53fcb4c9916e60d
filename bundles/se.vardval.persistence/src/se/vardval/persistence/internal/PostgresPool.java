package se.vardval.persistence.internal;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A pool of connections to a PostgreSQL server (HikariCP): opening a PostgreSQL connection starts a server process and
 * authenticates, milliseconds a look-up would otherwise pay each time; a pool reuses a few connections, checks an
 * idle one before handing it out and closes those idle for a while.
 */
public final class PostgresPool {

    /** As many connections as the embedded database's pool allows, enough for a run's parallel streams and a view. */
    private static final int MAX_CONNECTIONS = 10;
    private static final Duration IDLE_CLOSED_AFTER = Duration.ofMinutes(2);
    /** HikariCP reports its pool's start and stop at INFO; the workbench shows only its warnings (kept referenced). */
    private static final Logger HIKARI_LOG = Logger.getLogger("com.zaxxer.hikari");

    private PostgresPool() {
    }

    /**
     * A pool over the server's data source, started at the first connection asked for, which fails at once with the
     * server's own error when the server cannot be reached or refuses the login; a later wait for a connection gives
     * up after {@code connectTimeout}.
     */
    public static HikariDataSource over(DataSource server, Duration connectTimeout) {
        HIKARI_LOG.setLevel(Level.WARNING);
        HikariDataSource pool = new HikariDataSource();
        pool.setDataSource(server);
        pool.setPoolName("vardval");
        pool.setMaximumPoolSize(MAX_CONNECTIONS);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(IDLE_CLOSED_AFTER.toMillis());
        pool.setConnectionTimeout(connectTimeout.toMillis());
        return pool;
    }
}
