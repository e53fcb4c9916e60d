package se.vardval.persistence.internal.jdbc;

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
    protected void write(Indicator i, ColumnValues out) throws SQLException {
        out.text(i.hsaId());
        out.text(i.period().toString());
        out.text(i.indicator());
        out.text(i.sex() == null ? "" : i.sex().name());
        out.decimal(i.numerator());
        out.decimal(i.denominator());
    }

    @Override
    public Indicator read(ResultSet rs) throws SQLException {
        String sex = Jdbc.fromKey(rs.getString("sex"));
        return new Indicator(rs.getString("hsa_id"), YearMonth.parse(rs.getString("period")),
                rs.getString("indicator"), sex == null ? null : Sex.valueOf(sex),
                Jdbc.plain(rs.getBigDecimal("numerator")), Jdbc.plain(rs.getBigDecimal("denominator")));
    }
}
