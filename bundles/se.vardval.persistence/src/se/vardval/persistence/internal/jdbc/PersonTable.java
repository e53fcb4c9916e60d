package se.vardval.persistence.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Sex;

/** The person register; CNI flags are kept as {@code |}-separated codes. An instance serves one thread. */
public final class PersonTable extends BulkTable<Person> {

    /** The parsed flag sets by their stored text: a few dozen combinations serve millions of persons. */
    private final Map<String, Set<CniFlag>> flagSets = new HashMap<>();

    /** The table. */
    public PersonTable() {
        super("person", 1, "person_id", "birth_date", "sex", "municipality", "area_code", "distance_km", "cni_flags");
    }

    @Override
    protected void write(Person p, ColumnValues out) throws SQLException {
        out.personNumber(p.personId());
        out.date(p.birthDate());
        out.text(p.sex().name());
        out.text(p.municipality());
        out.text(p.areaCode());
        out.decimal(p.distanceKm());
        out.text(p.cniFlags() == null || p.cniFlags().isEmpty() ? null
                : p.cniFlags().stream().sorted().map(CniFlag::name).collect(Collectors.joining("|")));
    }

    @Override
    public Person read(ResultSet rs) throws SQLException {
        return new Person(Jdbc.personId(rs, "person_id"), Jdbc.date(rs, "birth_date"), Sex.valueOf(rs.getString("sex")),
                rs.getString("municipality"), rs.getString("area_code"), Jdbc.plain(rs.getBigDecimal("distance_km")),
                flags(rs.getString("cni_flags")));
    }

    /**
     * The person of the row's columns from {@code first} on, in the order of {@link #columnList()}; by position, as
     * looking millions of rows' columns up by name costs a tenth of a run's reading.
     */
    public Person readFrom(ResultSet rs, int first) throws SQLException {
        return new Person(Jdbc.personId(rs, first), rs.getObject(first + 1, LocalDate.class),
                Sex.valueOf(rs.getString(first + 2)), rs.getString(first + 3), rs.getString(first + 4),
                Jdbc.plain(rs.getBigDecimal(first + 5)), flags(rs.getString(first + 6)));
    }

    private Set<CniFlag> flags(String text) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return flagSets.computeIfAbsent(text, t -> Collections.unmodifiableSet(Arrays.stream(t.split("\\|"))
                .map(CniFlag::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(CniFlag.class)))));
    }
}
