package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import se.vardval.core.model.RejectedItem;
import se.vardval.persistence.internal.jdbc.Jdbc;

/** A run's rejected items in table {@code run_rejection}, numbered by unit, date (none last) and item. */
final class RejectedItemRows {

    static final String SELECT = "select hsa_id, item_id, person_id, item_date, reason_code, reason"
            + " from run_rejection where run_id = ? order by line_no";

    private static final Comparator<RejectedItem> ORDER = Comparator.comparing(RejectedItem::hsaId)
            .thenComparing(RejectedItem::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(RejectedItem::itemId);

    private RejectedItemRows() {
    }

    static void insert(Connection connection, long runId, List<RejectedItem> rejections) throws SQLException {
        List<RejectedItem> ordered = rejections.stream().map(RejectedItemRows::checked).sorted(ORDER).toList();
        RunRows.insert(connection, "run_rejection", "hsa_id, item_id, person_id, item_date, reason_code, reason",
                runId, ordered, (statement, item) -> {
                    statement.setString(3, item.hsaId());
                    statement.setString(4, item.itemId());
                    statement.setString(5, item.personId());
                    Jdbc.setDate(statement, 6, item.date());
                    statement.setString(7, item.reasonCode());
                    statement.setString(8, item.reason());
                });
    }

    static RejectedItem read(ResultSet rs) throws SQLException {
        return new RejectedItem(rs.getString(1), rs.getString(2), rs.getString(3), Jdbc.date(rs, "item_date"),
                rs.getString(5), rs.getString(6));
    }

    private static RejectedItem checked(RejectedItem item) {
        if (item.hsaId() == null || item.itemId() == null || item.reasonCode() == null || item.reason() == null) {
            throw new IllegalArgumentException("A rejected item needs a unit, an item, a reason code and a reason: "
                    + item.hsaId() + " " + item.itemId() + " " + item.reasonCode());
        }
        return item;
    }
}
