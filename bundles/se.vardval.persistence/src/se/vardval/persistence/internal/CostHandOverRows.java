package se.vardval.persistence.internal;

import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.CostHandOver;

/** A run's cost hand-overs in table {@code run_cost_hand_over}, amounts rounded once to öre. */
final class CostHandOverRows {

    /** The longest reference a hand-over may carry (the cost's reference adds the vårdval and run). */
    static final int MAX_REFERENCE = 100;

    static final String SELECT = "select hsa_id, period, category, amount, reference from run_cost_hand_over"
            + " where run_id = ? order by line_no";

    private static final Comparator<CostHandOver> ORDER = Comparator.comparing(CostHandOver::hsaId)
            .thenComparing(CostHandOver::period).thenComparing(CostHandOver::category)
            .thenComparing(h -> Objects.toString(h.reference(), ""));

    private CostHandOverRows() {
    }

    static void insert(Connection connection, long runId, List<CostHandOver> handOvers) throws SQLException {
        List<CostHandOver> ordered = handOvers.stream().map(CostHandOverRows::checked).sorted(ORDER).toList();
        RunRows.insert(connection, "run_cost_hand_over", "hsa_id, period, category, amount, reference", runId,
                ordered, (statement, handOver) -> {
                    statement.setString(3, handOver.hsaId());
                    statement.setString(4, handOver.period().toString());
                    statement.setString(5, handOver.category().name());
                    statement.setBigDecimal(6, handOver.amount().setScale(2, RoundingMode.HALF_UP));
                    statement.setString(7, handOver.reference());
                });
    }

    static CostHandOver read(ResultSet rs) throws SQLException {
        return new CostHandOver(rs.getString(1), YearMonth.parse(rs.getString(2)), CostCategory.valueOf(rs.getString(3)),
                rs.getBigDecimal(4), rs.getString(5));
    }

    private static CostHandOver checked(CostHandOver h) {
        if (h.hsaId() == null || h.period() == null || h.category() == null || h.amount() == null) {
            throw new IllegalArgumentException("A cost hand-over needs a unit, a period, a category and an amount: "
                    + h);
        }
        if (h.reference() != null && h.reference().length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("The reference of a cost hand-over is at most " + MAX_REFERENCE
                    + " characters: " + h.reference());
        }
        return h;
    }
}
