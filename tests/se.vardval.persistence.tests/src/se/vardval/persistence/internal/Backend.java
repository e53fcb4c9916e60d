package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import se.vardval.persistence.Databases;

/**
 * A fresh database for one test class: embedded H2 in a new directory, or a new schema in the PostgreSQL of
 * {@code vardval.test.postgres.url} (skipped when that is not set, failing when {@code vardval.test.postgres.required}
 * is true and it cannot be reached).
 */
final class Backend {

    private final String name;
    private final String skipReason;
    private final Database database;
    private final Runnable cleanUp;
    private DatabaseUsers users;

    private Backend(String name, String skipReason, DataSource dataSource, Runnable cleanUp) {
        this.name = name;
        this.skipReason = skipReason;
        this.database = dataSource == null ? null : new Database(dataSource);
        this.cleanUp = cleanUp;
    }

    /** A new embedded H2 database in a temporary directory. */
    static Backend h2() {
        try {
            Path dir = Files.createTempDirectory("vardval-test-db");
            DataSource dataSource = Databases.open(Databases.url(dir.toString()), "sa", "");
            return new Backend("H2", null, dataSource, () -> Databases.close(dataSource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new schema in the configured PostgreSQL, or a backend that skips its tests. */
    static Backend postgres() {
        String url = System.getProperty("vardval.test.postgres.url", "");
        boolean required = Boolean.getBoolean("vardval.test.postgres.required");
        if (url.isBlank()) {
            if (required) {
                throw new IllegalStateException("vardval.test.postgres.required is true but"
                        + " vardval.test.postgres.url is not set");
            }
            return new Backend("PostgreSQL", "PostgreSQL not configured (set -Dvardval.test.postgres.url)", null,
                    () -> {
                    });
        }
        String user = System.getProperty("vardval.test.postgres.user", "postgres");
        String password = System.getProperty("vardval.test.postgres.password", "");
        String schema = "vardval_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DataSource admin = Databases.open(url, user, password);
        try {
            execute(admin, "create schema " + schema);
        } catch (SQLException e) {
            if (required) {
                throw new IllegalStateException("PostgreSQL is required but cannot be used: " + e.getMessage(), e);
            }
            Databases.close(admin);
            return new Backend("PostgreSQL", "PostgreSQL unreachable: " + e.getMessage(), null, () -> {
            });
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        DataSource dataSource = Databases.open(schemaUrl, user, password);
        return new Backend("PostgreSQL", null, dataSource, () -> {
            Databases.close(dataSource);
            try {
                execute(admin, "drop schema " + schema + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test schema " + schema, e);
            } finally {
                Databases.close(admin);
            }
        });
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The prepared database; skips the calling test when this backend is not available. */
    Database database() {
        assumeTrue(database != null, skipReason);
        return database;
    }

    /** The database's users with {@link TestUsers} seeded, made on first use. */
    synchronized DatabaseUsers users() {
        if (users == null) {
            users = TestUsers.seeded(database());
        }
        return users;
    }

    /** The raw data source of the backend. */
    DataSource dataSource() {
        database();
        return database.dataSource();
    }

    /** Closes the database and removes what the backend created. */
    void close() {
        if (database != null) {
            database.close();
        }
        cleanUp.run();
    }

    @Override
    public String toString() {
        return name;
    }
}
