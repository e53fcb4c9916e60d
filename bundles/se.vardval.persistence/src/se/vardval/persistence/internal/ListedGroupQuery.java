package se.vardval.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.DistanceBand;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.ListedGroups;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * Counts a day's listings of one vårdval in {@link ListedGroup}s inside the database, in one pass over the listings
 * joined to their persons, so that a few thousand groups cross the connection instead of millions of persons. The
 * listings whose person the register lacks come back one by one and are grouped by {@link ListedGroups}, which also
 * defines the grouping. The query reads the two columns the database derives from each person record (changelog
 * {@code 7-person-run-columns}): the age is the arithmetic of completed years on whole {@code YYYYMMDD} numbers, and
 * flag {@code n} is bit {@code n} of the flag bits.
 */
final class ListedGroupQuery {

    private static final CniFlag[] FLAGS = CniFlag.values();
    private static final int FIRST_FLAG = 7;

    /** One result row: a group of registered persons, or a listing whose person has no record. */
    private record Row(ListedGroup group, String hsaId, String personWithoutRecord) {
    }

    private final DataSource dataSource;
    private final String careChoice;

    ListedGroupQuery(DataSource dataSource, String careChoice) {
        this.dataSource = dataSource;
        this.careChoice = careChoice;
    }

    void forEach(LocalDate day, List<DistanceBand> bands, Consumer<ListedGroup> sink) {
        ListedGroups groups = new ListedGroups(day, bands);
        for (Row row : Streams.groups(dataSource, sql(bands), statement -> bind(statement, day, bands),
                this::read)) {
            if (row.group() != null) {
                groups.add(row.group());
            } else {
                groups.addWithoutRecord(row.hsaId(), row.personWithoutRecord());
            }
        }
        groups.forEach(sink);
    }

    /**
     * The query, one grouping select over the joined rows: as a grouping of a derived table, H2 wrote the derived
     * table's 2.35 M rows to a temporary store and read them back (a Hälsoval listing day took 6.0-7.0 s instead of
     * 4.3 s). The groups are named by the select list's aliases, which both databases accept.
     */
    private static String sql(List<DistanceBand> bands) {
        StringBuilder flagSums = new StringBuilder();
        for (CniFlag flag : FLAGS) {
            flagSums.append(", sum(mod(p.cni_flag_bits / ").append(1 << flag.ordinal()).append(", 2))");
        }
        return "select l.hsa_id, greatest(0, (? - p.birth_yyyymmdd) / 10000) as age, p.sex, " + band(bands)
                + " as band, case when p.person_id is null then l.person_id end as without_record, count(*)"
                + flagSums + " from listing l left join person p on p.person_id = l.person_id"
                + " where l.care_choice = ? and l.valid_from <= ? and (l.valid_to is null or l.valid_to >= ?)"
                + " group by l.hsa_id, age, p.sex, band, without_record";
    }

    private static String band(List<DistanceBand> bands) {
        if (bands.isEmpty()) {
            return "-1";
        }
        StringBuilder sql = new StringBuilder("case");
        for (int i = 0; i < bands.size(); i++) {
            sql.append(" when p.distance_km >= ?").append(bands.get(i).toKm() == null ? "" : " and p.distance_km < ?")
                    .append(" then ").append(i);
        }
        return sql.append(" else -1 end").toString();
    }

    private void bind(PreparedStatement statement, LocalDate day, List<DistanceBand> bands) throws SQLException {
        int index = 1;
        statement.setInt(index++, day.getYear() * 10_000 + day.getMonthValue() * 100 + day.getDayOfMonth());
        for (DistanceBand band : bands) {
            statement.setBigDecimal(index++, band.fromKm());
            if (band.toKm() != null) {
                statement.setBigDecimal(index++, band.toKm());
            }
        }
        statement.setString(index++, careChoice);
        Jdbc.setDate(statement, index++, day);
        Jdbc.setDate(statement, index, day);
    }

    private Row read(ResultSet rs) throws SQLException {
        String hsaId = rs.getString(1);
        String withoutRecord = Jdbc.personId(rs, 5);
        if (withoutRecord != null) {
            return new Row(null, hsaId, withoutRecord);
        }
        int[] withFlag = new int[FLAGS.length];
        for (int f = 0; f < FLAGS.length; f++) {
            withFlag[f] = rs.getInt(FIRST_FLAG + f);
        }
        return new Row(new ListedGroup(hsaId, rs.getInt(2), Sex.valueOf(rs.getString(3)), rs.getInt(4), true,
                rs.getInt(6), withFlag), hsaId, null);
    }
}
