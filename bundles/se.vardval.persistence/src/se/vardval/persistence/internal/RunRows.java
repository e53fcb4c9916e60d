package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the numbered rows a run owns (lines, warnings, rejections, hand-overs) in JDBC batches on the transaction's
 * connection: each row's {@code run_id} and {@code line_no} (from 1, in list order), then its own columns.
 */
final class RunRows {

    private static final int BATCH_SIZE = 5_000;

    private RunRows() {
    }

    /** Binds one row's own columns, from parameter 3 onwards. */
    @FunctionalInterface
    interface Binder<T> {

        /** Sets the row's columns. */
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** Inserts {@code rows} into {@code table}, whose columns after run_id and line_no are {@code columns}. */
    static <T> void insert(Connection connection, String table, String columns, long runId, List<T> rows,
            Binder<T> binder) throws SQLException {
        int count = columns.split(",").length + 2;
        String sql = "insert into " + table + " (run_id, line_no, " + columns + ") values (?"
                + ", ?".repeat(count - 1) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int lineNo = 0;
            for (T row : rows) {
                statement.setLong(1, runId);
                statement.setInt(2, ++lineNo);
                binder.bind(statement, row);
                statement.addBatch();
                if (lineNo % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }
}
