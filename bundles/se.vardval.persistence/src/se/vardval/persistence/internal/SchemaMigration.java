package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings the schema up to date by running a Liquibase changelog found through a class loader. */
final class SchemaMigration {

    /** Liquibase reports every changeset at INFO; the workbench shows only its warnings (kept referenced here). */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private SchemaMigration() {
    }

    /**
     * Applies the changesets of the changelog not yet applied. Liquibase finds its own services through the thread's
     * context class loader, so that is set to Liquibase's bundle loader for the call.
     */
    static void update(DataSource dataSource, String changelogPath, ClassLoader changelogLoader) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            LIQUIBASE_LOG.setLevel(Level.WARNING);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                try (Liquibase liquibase = new Liquibase(changelogPath,
                        new ClassLoaderResourceAccessor(changelogLoader), database)) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
            });
        } catch (LiquibaseException e) {
            throw new SQLException("Could not update the database schema from " + changelogPath + ": "
                    + e.getMessage(), e);
        } catch (Exception e) {
            if (e instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException("Could not update the database schema from " + changelogPath + ": "
                    + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
