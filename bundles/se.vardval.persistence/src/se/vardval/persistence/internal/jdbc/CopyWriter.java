package se.vardval.persistence.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.postgresql.util.PSQLException;

/**
 * Writes records of one table into PostgreSQL with {@code COPY} in the binary format ({@link CopyBinary}): into the
 * table itself when it is empty, its key and indexes dropped for the load and built again afterwards ({@link
 * TableIndexes}); otherwise into a temporary staging table of the same columns, after which one delete and one insert
 * replace the stored rows whose natural key the staged rows have with other content, and add the staged rows with new
 * keys. Either way the table's statistics are refreshed (without them the first run's queries are planned as nested
 * loops over millions of rows). Several times faster than batches of {@code insert ... on conflict}; a row the database
 * rejects is reported with its file line.
 */
final class CopyWriter<T> implements BulkWriter<T> {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final Pattern COPY_LINE = Pattern.compile("COPY \\S+, line (\\d+)");

    private final Connection connection;
    private final BulkTable<T> table;
    private final Optional<TableIndexes> unindexed;
    private final String stage;
    private final CopyIn copy;
    private final CopyBinary encoder;
    private int[] lines = new int[1024];
    private int rows;

    CopyWriter(Connection connection, BulkTable<T> table) throws SQLException {
        this.connection = connection;
        this.table = table;
        this.unindexed = TableIndexes.droppedWhenEmpty(connection, table.name());
        this.stage = "stage_" + table.name();
        this.encoder = new CopyBinary(table.columnCount());
        this.copy = new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(unindexed.isPresent()
                ? "copy " + table.name() + " (" + table.columnList() + ") from stdin with (format binary, freeze)"
                : "copy " + createdStage() + " (" + table.columnList() + ") from stdin with (format binary)");
    }

    /** The staging table, made for this transaction. */
    private String createdStage() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + stage + " (like " + table.name()
                    + " including defaults) on commit drop");
        }
        return stage;
    }

    @Override
    public boolean intoEmptyTable() {
        return unindexed.isPresent();
    }

    @Override
    public void add(T row, long line) throws SQLException {
        encoder.beginRow();
        table.write(row, encoder);
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, rows * 2);
        }
        lines[rows++] = Math.toIntExact(line);
        if (encoder.length() >= BUFFER_BYTES) {
            send();
        }
    }

    @Override
    public void finish() throws SQLException {
        try {
            encoder.endData();
            send();
            copy.endCopy();
        } catch (SQLException e) {
            throw rejected(e);
        }
        if (unindexed.isPresent()) {
            unindexed.get().rebuild(connection);
        } else {
            replaceStaged();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + table.name());
        }
    }

    /** Cancels a copy that was not finished, so that the connection can roll the transaction back. */
    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void replaceStaged() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + stage);
            statement.executeUpdate(table.deleteChangedSql(stage));
            statement.executeUpdate(table.insertNewSql(stage));
        }
    }

    private void send() throws SQLException {
        if (encoder.length() == 0) {
            return;
        }
        try {
            copy.writeToCopy(encoder.bytes(), 0, encoder.length());
            encoder.clear();
        } catch (SQLException e) {
            throw rejected(e);
        }
    }

    /** The file line of the staged row the server names in its error, when it names one. */
    private SQLException rejected(SQLException e) {
        if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                && psql.getServerErrorMessage().getWhere() != null) {
            Matcher m = COPY_LINE.matcher(psql.getServerErrorMessage().getWhere());
            if (m.find()) {
                int row = Integer.parseInt(m.group(1)) - 1;
                if (row >= 0 && row < rows) {
                    return new BatchWriter.RejectedRowException(lines[row], e);
                }
            }
        }
        return e;
    }
}
