package se.vardval.persistence.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import se.vardval.core.domain.Penalty;

/** Viten, keyed by unit, decision date and reason (empty when none). */
public final class PenaltyTable extends BulkTable<Penalty> {

    /** The table. */
    public PenaltyTable() {
        super("penalty", 3, "hsa_id", "decided", "reason", "weeks");
    }

    @Override
    protected void write(Penalty p, ColumnValues out) throws SQLException {
        out.text(p.hsaId());
        out.date(p.decided());
        out.text(Jdbc.key(p.reason()));
        out.decimal(p.weeks());
    }

    @Override
    public Penalty read(ResultSet rs) throws SQLException {
        return new Penalty(rs.getString("hsa_id"), Jdbc.date(rs, "decided"), Jdbc.plain(rs.getBigDecimal("weeks")),
                Jdbc.fromKey(rs.getString("reason")));
    }
}
