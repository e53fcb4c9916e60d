package se.vardval.persistence.internal.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes records of one table in JDBC batches on the caller's connection (and transaction), replacing any stored row
 * with the same natural key; a row the database rejects is reported with the file line it came from.
 */
public final class BatchWriter<T> implements BulkWriter<T> {

    /** Rows per batch. */
    public static final int BATCH_SIZE = 5_000;

    private final BulkTable<T> table;
    private final PreparedStatement upsert;
    private final long[] lines = new long[BATCH_SIZE];
    private int pending;
    private long written;

    /** Prepares the statements on the connection. */
    public BatchWriter(Connection connection, BulkTable<T> table) throws SQLException {
        this.table = table;
        boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        this.upsert = connection.prepareStatement(table.upsertSql(postgres));
    }

    @Override
    public boolean intoEmptyTable() {
        return false;
    }

    /** Queues a record read from the given file line; sends the batch when it is full. */
    @Override
    public void add(T row, long line) throws SQLException {
        table.bind(upsert, row);
        upsert.addBatch();
        lines[pending++] = line;
        if (pending == BATCH_SIZE) {
            flush();
        }
    }

    /** Sends the queued records. */
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            upsert.executeBatch();
        } catch (BatchUpdateException e) {
            throw new RejectedRowException(lines[failedIndex(e)], e);
        }
        written += pending;
        pending = 0;
    }

    /** The records written so far. */
    public long written() {
        return written;
    }

    private int failedIndex(BatchUpdateException e) {
        int[] counts = e.getUpdateCounts();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return Math.min(counts.length, pending - 1);
    }

    @Override
    public void close() throws SQLException {
        try (upsert) {
            flush();
        }
    }

    /** A row the database refused, with the file line it came from. */
    public static final class RejectedRowException extends SQLException {

        private static final long serialVersionUID = 1L;
        private final long line;

        RejectedRowException(long line, SQLException cause) {
            super(reason(cause), cause.getSQLState(), cause);
            this.line = line;
        }

        /** The file line of the refused row. */
        public long line() {
            return line;
        }

        private static String reason(SQLException e) {
            SQLException next = e.getNextException();
            return next != null ? next.getMessage() : e.getMessage();
        }
    }
}
