package se.vardval.persistence.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Writes the records of one bulk file into their table on the caller's connection (and transaction), replacing any
 * stored row with the same natural key: {@link #finish()} writes what is pending once the file is accepted; closing
 * without it abandons what is pending, for a file whose transaction is rolled back anyway.
 */
public interface BulkWriter<T> extends AutoCloseable {

    /** PostgreSQL's COPY through a staging table there, JDBC batches of upserts on H2. */
    static <T> BulkWriter<T> open(Connection connection, BulkTable<T> table) throws SQLException {
        if (Jdbc.isPostgres(connection)) {
            return new CopyWriter<>(connection, table);
        }
        return new BatchWriter<>(connection, table);
    }

    /**
     * Whether the records go into a table that held no row when the writer was opened and that stays locked against
     * every other connection until the transaction ends.
     */
    boolean intoEmptyTable();

    /** Queues a record read from the given file line. */
    void add(T row, long line) throws SQLException;

    /** Writes what is pending; the records are then in the table, in the caller's transaction. */
    void finish() throws SQLException;

    /** Releases the statements; records not yet written by {@link #finish()} are abandoned. */
    @Override
    void close() throws SQLException;
}
