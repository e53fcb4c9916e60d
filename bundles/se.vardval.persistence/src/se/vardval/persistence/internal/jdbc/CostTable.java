package se.vardval.persistence.internal.jdbc;

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
    protected void write(Cost c, ColumnValues out) throws SQLException {
        out.text(c.hsaId());
        out.text(c.period().toString());
        out.text(c.category().name());
        out.text(Jdbc.key(c.reference()));
        out.decimal(c.amount());
    }

    @Override
    public Cost read(ResultSet rs) throws SQLException {
        return new Cost(rs.getString("hsa_id"), YearMonth.parse(rs.getString("period")),
                CostCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"),
                Jdbc.fromKey(rs.getString("reference")));
    }
}
