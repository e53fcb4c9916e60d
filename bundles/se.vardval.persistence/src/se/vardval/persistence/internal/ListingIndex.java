package se.vardval.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import se.vardval.core.domain.DateRanges;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.PersonId;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * The listings in one vårdval during a month of the persons who had a contact in the paid vårdval that month, read in
 * one query; other persons and days outside the month are looked up one by one.
 */
final class ListingIndex {

    private record Span(String hsaId, LocalDate from, LocalDate to) {
    }

    /** The most persons whose listings PostgreSQL looks up one by one by the key's index rather than by a hash join. */
    static final int LOOKED_UP_PERSONS = 10_000;
    private static final String PERSONS_WITH_ACTIVITIES = "select distinct person_id from activity"
            + " where care_choice = ? and activity_date between ? and ?";

    private final DataSource dataSource;
    private final ListingKeys keys;
    private final String careChoice;
    private final YearMonth period;
    private final Map<Long, List<Span>> spans = new HashMap<>();

    private ListingIndex(DataSource dataSource, ListingKeys keys, String careChoice, YearMonth period) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.careChoice = careChoice;
        this.period = period;
    }

    /**
     * Reads the listings in {@code careChoice} of the persons with activities of {@code paidCareChoice}. H2 looks each
     * person's listings up as a range of the listing key. PostgreSQL does so for at most
     * {@value #LOOKED_UP_PERSONS} persons (fotvård's 6 000 patients of a month at 2.4 M persons: 20–250 ms) and hashes
     * the join on the person for more (one scan of the listings, 0.3–0.5 s at 3 M; a nested loop over the key's ranges
     * without the person's equality took 238 s for 0.5 M persons against 1.5 s).
     */
    static ListingIndex build(DataSource dataSource, ListingKeys keys, String careChoice, String paidCareChoice,
            YearMonth period) {
        return build(dataSource, keys, careChoice, paidCareChoice, period, LOOKED_UP_PERSONS);
    }

    /** Reads the listings as {@link #build} does, looking them up one by one for at most {@code lookedUpPersons}. */
    static ListingIndex build(DataSource dataSource, ListingKeys keys, String careChoice, String paidCareChoice,
            YearMonth period, int lookedUpPersons) {
        ListingIndex index = new ListingIndex(dataSource, keys, careChoice, period);
        String sql = "select a.person_id, l.hsa_id, l.valid_from, l.valid_to from (" + PERSONS_WITH_ACTIVITIES + ") a"
                + " left join listing l on l.person_id = a.person_id and l.care_choice = ? and "
                + ListingKeys.inPersonRange("l.listing_key", "a.person_id")
                + " and l.valid_from <= ? and (l.valid_to is null or l.valid_to >= ?)";
        Streams.Binder binder = statement -> {
            index.bindPersons(statement, paidCareChoice);
            statement.setString(4, careChoice);
            statement.setLong(5, keys.lowestAfterPerson(careChoice));
            statement.setLong(6, keys.highestAfterPerson(careChoice));
            Jdbc.setDate(statement, 7, period.atEndOfMonth());
            Jdbc.setDate(statement, 8, period.atDay(1));
        };
        Map<String, String> units = new HashMap<>();
        Jdbc.RowMapper<Long> span = rs -> index.add(rs, units);
        if (index.persons(paidCareChoice) <= lookedUpPersons) {
            Streams.lookedUp(dataSource, sql, binder, span);
        } else {
            Streams.forEach(dataSource, sql, binder, span, person -> {
            });
        }
        return index;
    }

    /** How many persons had activities of the paid vårdval in the month. */
    private long persons(String paidCareChoice) {
        return Streams.list(dataSource, "select count(*) from (" + PERSONS_WITH_ACTIVITIES + ") a",
                statement -> bindPersons(statement, paidCareChoice), rs -> rs.getLong(1)).get(0);
    }

    private void bindPersons(PreparedStatement statement, String paidCareChoice) throws SQLException {
        statement.setString(1, paidCareChoice);
        Jdbc.setDate(statement, 2, period.atDay(1));
        Jdbc.setDate(statement, 3, period.atEndOfMonth());
    }

    /** Adds the row's listing, if it has one, to its person's; returns the person. */
    private long add(ResultSet rs, Map<String, String> units) throws SQLException {
        String hsaId = rs.getString(2);
        long person = rs.getLong(1);
        List<Span> list = spans.computeIfAbsent(person, p -> new ArrayList<>(1));
        if (hsaId != null) {
            list.add(new Span(units.computeIfAbsent(hsaId, h -> h), Jdbc.date(rs, "valid_from"),
                    Jdbc.date(rs, "valid_to")));
        }
        return person;
    }

    /** The unit where the person is listed on the day, if any. */
    Optional<String> listedUnitOn(String personId, LocalDate day) {
        Long person = key(personId);
        boolean inPeriod = day.getYear() == period.getYear() && day.getMonthValue() == period.getMonthValue();
        List<Span> list = person == null || !inPeriod ? null : spans.get(person);
        if (list == null) {
            return lookUp(personId, day);
        }
        for (Span span : list) {
            if (DateRanges.contains(span.from(), span.to(), day)) {
                return Optional.of(span.hsaId());
            }
        }
        return Optional.empty();
    }

    private Optional<String> lookUp(String personId, LocalDate day) {
        return listingOn(dataSource, keys, careChoice, personId, day).map(Listing::hsaId);
    }

    /** The person's listing in the vårdval on the day, by one look-up of the person's range of keys. */
    static Optional<Listing> listingOn(DataSource dataSource, ListingKeys keys, String careChoice, String personId,
            LocalDate day) {
        if (PersonId.storedNumber(personId) < 0) {
            return Optional.empty();
        }
        return Streams.list(dataSource, "select " + ListingTable.LISTING_COLUMNS + " from listing where listing_key between ? and ?"
                + " and valid_from <= ? and (valid_to is null or valid_to >= ?)", statement -> {
                    statement.setLong(1, keys.lowest(personId, careChoice));
                    statement.setLong(2, keys.highest(personId, careChoice));
                    Jdbc.setDate(statement, 3, day);
                    Jdbc.setDate(statement, 4, day);
                }, rs -> ListingTable.readFrom(rs, 1)).stream().findFirst();
    }

    /** The personnummer as a number, or null when it is not twelve digits. */
    private static Long key(String personId) {
        long key = PersonId.storedNumber(personId);
        return key < 0 ? null : key;
    }
}
