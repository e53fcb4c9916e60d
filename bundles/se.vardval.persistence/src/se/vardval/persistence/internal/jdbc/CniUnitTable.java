package se.vardval.persistence.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;

/** SCB's Care Need Index deliveries, keyed by unit and period, one count column per CNI variable. */
public final class CniUnitTable extends BulkTable<CniUnit> {

    private static final List<CniFlag> FLAGS = List.of(CniFlag.UNDER5, CniFlag.FOREIGN_BORN, CniFlag.OLD_ALONE,
            CniFlag.SINGLE_PARENT, CniFlag.MOVED_IN, CniFlag.UNEMPLOYED, CniFlag.LOW_EDUCATION);

    /** The table. */
    public CniUnitTable() {
        super("cni_unit", 2, "hsa_id", "period", "population", "n_under5", "n_foreign_born", "n_old_alone",
                "n_single_parent", "n_moved_in", "n_unemployed", "n_low_education", "cni_index", "cni");
    }

    @Override
    protected void write(CniUnit c, ColumnValues out) throws SQLException {
        out.text(c.hsaId());
        out.text(c.period().toString());
        out.integer(c.population());
        for (CniFlag flag : FLAGS) {
            out.integer(c.counts().getOrDefault(flag, 0));
        }
        out.decimal(c.index());
        out.decimal(c.cni());
    }

    @Override
    public CniUnit read(ResultSet rs) throws SQLException {
        Map<CniFlag, Integer> counts = new EnumMap<>(CniFlag.class);
        for (CniFlag flag : FLAGS) {
            counts.put(flag, rs.getInt("n_" + flag.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return new CniUnit(rs.getString("hsa_id"), YearMonth.parse(rs.getString("period")), rs.getInt("population"),
                counts, Jdbc.plain(rs.getBigDecimal("cni_index")), Jdbc.plain(rs.getBigDecimal("cni")));
    }
}
