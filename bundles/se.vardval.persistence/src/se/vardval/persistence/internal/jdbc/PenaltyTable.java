package se.vardval.persistence.internal.jdbc;

import java.sql.PreparedStatement;
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
    public void bind(PreparedStatement insert, Penalty p) throws SQLException {
        insert.setString(1, p.hsaId());
        Jdbc.setDate(insert, 2, p.decided());
        insert.setString(3, Jdbc.key(p.reason()));
        insert.setBigDecimal(4, p.weeks());
    }


    @Override
    public Penalty read(ResultSet rs) throws SQLException {
        return new Penalty(rs.getString("hsa_id"), Jdbc.date(rs, "decided"), Jdbc.plain(rs.getBigDecimal("weeks")),
                Jdbc.fromKey(rs.getString("reason")));
    }
}
