package se.vardval.persistence.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Sex;

/** Indicator values, keyed by unit, period, indicator and sex (empty for both sexes). */
public final class IndicatorTable extends BulkTable<Indicator> {

    /** The table. */
    public IndicatorTable() {
        super("indicator", 4, "hsa_id", "period", "indicator", "sex", "numerator", "denominator");
    }

    @Override
    public void bind(PreparedStatement insert, Indicator i) throws SQLException {
        insert.setString(1, i.hsaId());
        insert.setString(2, i.period().toString());
        insert.setString(3, i.indicator());
        insert.setString(4, i.sex() == null ? "" : i.sex().name());
        insert.setBigDecimal(5, i.numerator());
        insert.setBigDecimal(6, i.denominator());
    }


    @Override
    public Indicator read(ResultSet rs) throws SQLException {
        String sex = Jdbc.fromKey(rs.getString("sex"));
        return new Indicator(rs.getString("hsa_id"), YearMonth.parse(rs.getString("period")),
                rs.getString("indicator"), sex == null ? null : Sex.valueOf(sex),
                Jdbc.plain(rs.getBigDecimal("numerator")), Jdbc.plain(rs.getBigDecimal("denominator")));
    }
}
