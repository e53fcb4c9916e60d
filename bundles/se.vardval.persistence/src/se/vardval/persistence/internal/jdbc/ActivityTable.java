package se.vardval.persistence.internal.jdbc;

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
    protected void write(Activity a, ColumnValues out) throws SQLException {
        out.text(a.careChoice());
        out.text(a.activityId());
        out.personNumber(a.personId());
        out.text(a.hsaId());
        out.date(a.date());
        out.text(a.contactType().name());
        out.text(a.profession().name());
        out.text(a.clinician());
        out.decimal(a.patientFee());
        out.bool(a.outOfCounty());
        out.text(a.codes() == null || a.codes().isEmpty() ? null
                : new TreeMap<>(a.codes()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("|")));
    }

    @Override
    public Activity read(ResultSet rs) throws SQLException {
        return new Activity(rs.getString("activity_id"), rs.getString("care_choice"), Jdbc.personId(rs, "person_id"),
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
