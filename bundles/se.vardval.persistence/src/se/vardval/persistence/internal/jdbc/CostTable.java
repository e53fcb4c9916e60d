package se.vardval.persistence.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

import se.vardval.core.domain.Cost;
import se.vardval.core.domain.CostCategory;

/** Costs charged to units, keyed by unit, period, category and reference (empty when none). */
public final class CostTable extends BulkTable<Cost> {

    /** The table. */
    public CostTable() {
        super("cost", 4, "hsa_id", "period", "category", "reference", "amount");
    }

    @Override
    public void bind(PreparedStatement insert, Cost c) throws SQLException {
        insert.setString(1, c.hsaId());
        insert.setString(2, c.period().toString());
        insert.setString(3, c.category().name());
        insert.setString(4, Jdbc.key(c.reference()));
        insert.setBigDecimal(5, c.amount());
    }


    @Override
    public Cost read(ResultSet rs) throws SQLException {
        return new Cost(rs.getString("hsa_id"), YearMonth.parse(rs.getString("period")),
                CostCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"),
                Jdbc.fromKey(rs.getString("reference")));
    }
}
