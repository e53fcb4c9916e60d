package se.vardval.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Writes a run's lines and warnings in JDBC batches on the transaction's connection. */
final class PaymentLines {

    private static final int BATCH_SIZE = 5_000;
    private static final int RATE_SCALE = 10;

    private PaymentLines() {
    }

    static void insert(Connection connection, long runId, List<PaymentLine> lines, List<RunWarning> warnings)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into payment_line"
                + " (run_id, line_no, hsa_id, component, basis, rate, amount) values (?, ?, ?, ?, ?, ?, ?)")) {
            int lineNo = 0;
            for (PaymentLine line : lines) {
                statement.setLong(1, runId);
                statement.setInt(2, ++lineNo);
                statement.setString(3, line.hsaId());
                statement.setString(4, line.component());
                statement.setBigDecimal(5, scaled(line.basis()));
                statement.setBigDecimal(6, scaled(line.rate()));
                statement.setBigDecimal(7, line.amount());
                statement.addBatch();
                if (lineNo % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into run_warning (run_id, line_no, hsa_id, code, message) values (?, ?, ?, ?, ?)")) {
            int lineNo = 0;
            for (RunWarning warning : warnings) {
                statement.setLong(1, runId);
                statement.setInt(2, ++lineNo);
                statement.setString(3, warning.hsaId());
                statement.setString(4, warning.code());
                statement.setString(5, warning.message());
                statement.addBatch();
                if (lineNo % BATCH_SIZE == 0) {
                    statement.executeBatch();
                }
            }
            statement.executeBatch();
        }
    }

    private static BigDecimal scaled(BigDecimal value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        return v.scale() > RATE_SCALE ? v.setScale(RATE_SCALE, RoundingMode.HALF_UP) : v;
    }
}
