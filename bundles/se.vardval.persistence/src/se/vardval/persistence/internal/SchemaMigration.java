package se.vardval.persistence.internal;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Brings the schema up to date by running a Liquibase changelog found through a class loader. */
final class SchemaMigration {

    /** Liquibase reports every changeset at INFO; the workbench shows only its warnings (kept referenced here). */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private SchemaMigration() {
    }

    /**
     * Applies the changesets of the changelog not yet applied, quietly. Liquibase finds its own services through the
     * thread's context class loader, so that is set to Liquibase's bundle loader for the call.
     */
    static void update(DataSource dataSource, String changelogPath, ClassLoader changelogLoader) throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Scope.class.getClassLoader());
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(scope(changelogLoader), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelogPath)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .setOutput(OutputStream.nullOutputStream())
                    .execute());
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Could not update the database schema from " + changelogPath + ": "
                    + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Liquibase's scope for the update: its messages to the log, the changelog from its bundle, and its anonymous
     * usage analytics off, which Liquibase otherwise turns on and would, at every start, fetch its settings from and
     * send each command's use to Liquibase's servers: a region's database leaves no trace outside the region.
     */
    static Map<String, Object> scope(ClassLoader changelogLoader) {
        return Map.of(Scope.Attr.ui.name(), new LoggerUIService(),
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(changelogLoader),
                AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
    }
}
