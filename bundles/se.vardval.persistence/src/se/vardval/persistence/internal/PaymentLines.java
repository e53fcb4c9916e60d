package se.vardval.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Writes a run's lines and warnings in JDBC batches on the transaction's connection. */
final class PaymentLines {

    private static final int RATE_SCALE = 10;

    private PaymentLines() {
    }

    static void insert(Connection connection, long runId, List<PaymentLine> lines, List<RunWarning> warnings)
            throws SQLException {
        RunRows.insert(connection, "payment_line", "hsa_id, component, basis, rate, amount", runId, lines,
                (statement, line) -> {
                    statement.setString(3, line.hsaId());
                    statement.setString(4, line.component());
                    statement.setBigDecimal(5, scaled(line.basis()));
                    statement.setBigDecimal(6, scaled(line.rate()));
                    statement.setBigDecimal(7, line.amount());
                });
        RunRows.insert(connection, "run_warning", "hsa_id, code, message", runId, warnings, (statement, warning) -> {
            statement.setString(3, warning.hsaId());
            statement.setString(4, warning.code());
            statement.setString(5, warning.message());
        });
    }

    private static BigDecimal scaled(BigDecimal value) {
        BigDecimal v = value == null ? BigDecimal.ZERO : value;
        return v.scale() > RATE_SCALE ? v.setScale(RATE_SCALE, RoundingMode.HALF_UP) : v;
    }
}
