package se.vardval.persistence.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/** Care contacts, keyed by vårdval and activity id; model codes kept as {@code key=value|...} text. */
public final class ActivityTable extends BulkTable<Activity> {

    /** The table. */
    public ActivityTable() {
        super("activity", 2, "care_choice", "activity_id", "person_id", "hsa_id", "activity_date", "contact_type",
                "profession", "clinician", "patient_fee", "out_of_county", "codes");
    }

    @Override
    public void bind(PreparedStatement insert, Activity a) throws SQLException {
        insert.setString(1, a.careChoice());
        insert.setString(2, a.activityId());
        insert.setString(3, a.personId());
        insert.setString(4, a.hsaId());
        Jdbc.setDate(insert, 5, a.date());
        insert.setString(6, a.contactType().name());
        insert.setString(7, a.profession().name());
        insert.setString(8, a.clinician());
        insert.setBigDecimal(9, a.patientFee());
        insert.setBoolean(10, a.outOfCounty());
        insert.setString(11, a.codes() == null || a.codes().isEmpty() ? null
                : new TreeMap<>(a.codes()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("|")));
    }


    @Override
    public Activity read(ResultSet rs) throws SQLException {
        return new Activity(rs.getString("activity_id"), rs.getString("care_choice"), rs.getString("person_id"),
                rs.getString("hsa_id"), Jdbc.date(rs, "activity_date"), ContactType.valueOf(rs.getString("contact_type")),
                Profession.valueOf(rs.getString("profession")), rs.getString("clinician"), rs.getBigDecimal("patient_fee"),
                rs.getBoolean("out_of_county"), codes(rs.getString("codes")));
    }

    private static Map<String, String> codes(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        Map<String, String> codes = new TreeMap<>();
        for (String pair : text.split("\\|")) {
            int eq = pair.indexOf('=');
            codes.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return Collections.unmodifiableMap(codes);
    }
}
