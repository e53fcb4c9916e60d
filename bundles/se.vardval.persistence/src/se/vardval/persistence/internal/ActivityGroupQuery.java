package se.vardval.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.function.Consumer;

import javax.sql.DataSource;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.ActivityGroups;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * Counts a month's activities of one vårdval in {@link ActivityGroup}s: on PostgreSQL inside the database, each
 * activity joined to the listing of its person valid on its date (listings of a vårdval do not overlap) and the
 * register asked only about persons listed nowhere; on H2, whose join looks each listing up by index, by
 * {@link MergedActivityGroups}. {@link ActivityGroups} puts the groups in their fixed order.
 */
final class ActivityGroupQuery {

    private static final String SQL = "select hsa_id, listed_at, contact_type, profession, out_of_county,"
            + " unknown_person, count(*), sum(patient_fee) from (select a.hsa_id, l.hsa_id as listed_at,"
            + " a.contact_type, a.profession, a.out_of_county, a.patient_fee, case when l.hsa_id is null and not exists"
            + " (select 1 from person p where p.person_id = a.person_id) then 1 else 0 end as unknown_person"
            + " from activity a left join listing l on l.person_id = a.person_id and l.care_choice = a.care_choice"
            + " and l.valid_from <= a.activity_date and (l.valid_to is null or l.valid_to >= a.activity_date)"
            + " where a.care_choice = ? and a.activity_date between ? and ?) x"
            + " group by hsa_id, listed_at, contact_type, profession, out_of_county, unknown_person";

    private final DataSource dataSource;
    private final String careChoice;

    ActivityGroupQuery(DataSource dataSource, String careChoice) {
        this.dataSource = dataSource;
        this.careChoice = careChoice;
    }

    void forEach(YearMonth period, Consumer<ActivityGroup> sink) {
        ActivityGroups groups = new ActivityGroups();
        if (Jdbc.isPostgres(dataSource)) {
            Streams.groups(dataSource, SQL, statement -> bind(statement, period), ActivityGroupQuery::read)
                    .forEach(groups::add);
        } else {
            new MergedActivityGroups(dataSource, careChoice).addTo(period, groups);
        }
        groups.forEach(sink);
    }

    private void bind(PreparedStatement statement, YearMonth period) throws SQLException {
        statement.setString(1, careChoice);
        Jdbc.setDate(statement, 2, period.atDay(1));
        Jdbc.setDate(statement, 3, period.atEndOfMonth());
    }

    private static ActivityGroup read(ResultSet rs) throws SQLException {
        return new ActivityGroup(rs.getString(1), rs.getString(2), ContactType.valueOf(rs.getString(3)),
                Profession.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getInt(6) == 1, rs.getInt(7),
                rs.getBigDecimal(8));
    }
}
