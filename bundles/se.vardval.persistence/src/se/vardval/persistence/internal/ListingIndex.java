package se.vardval.persistence.internal;

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
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * The listings in one vårdval during a month of the persons who had a contact in the paid vårdval that month, read in
 * one query; other persons and days outside the month are looked up one by one.
 */
final class ListingIndex {

    private record Span(String hsaId, LocalDate from, LocalDate to) {
    }

    private final PointQueries lookups;
    private final String careChoice;
    private final YearMonth period;
    private final Map<Long, List<Span>> spans = new HashMap<>();

    private ListingIndex(PointQueries lookups, String careChoice, YearMonth period) {
        this.lookups = lookups;
        this.careChoice = careChoice;
        this.period = period;
    }

    /** Reads the listings in {@code careChoice} of the persons with activities of {@code paidCareChoice}. */
    static ListingIndex build(DataSource dataSource, PointQueries lookups, String careChoice, String paidCareChoice,
            YearMonth period) {
        ListingIndex index = new ListingIndex(lookups, careChoice, period);
        Map<String, String> units = new HashMap<>();
        Streams.forEach(dataSource, "select a.person_id, l.hsa_id, l.valid_from, l.valid_to from"
                + " (select distinct person_id from activity where care_choice = ? and activity_date between ? and ?) a"
                + " left join listing l on l.person_id = a.person_id and l.care_choice = ? and l.valid_from <= ?"
                + " and (l.valid_to is null or l.valid_to >= ?)", statement -> {
                    statement.setString(1, paidCareChoice);
                    Jdbc.setDate(statement, 2, period.atDay(1));
                    Jdbc.setDate(statement, 3, period.atEndOfMonth());
                    statement.setString(4, careChoice);
                    Jdbc.setDate(statement, 5, period.atEndOfMonth());
                    Jdbc.setDate(statement, 6, period.atDay(1));
                }, rs -> {
                    String hsaId = rs.getString(2);
                    long person = rs.getLong(1);
                    List<Span> list = index.spans.computeIfAbsent(person, p -> new ArrayList<>(1));
                    if (hsaId != null) {
                        list.add(new Span(units.computeIfAbsent(hsaId, h -> h), Jdbc.date(rs, "valid_from"),
                                Jdbc.date(rs, "valid_to")));
                    }
                    return person;
                }, person -> {
                });
        return index;
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
        return listingOn(lookups, careChoice, personId, day).map(Listing::hsaId);
    }

    /** The person's listing in the vårdval on the day, by one point query. */
    static Optional<Listing> listingOn(PointQueries lookups, String careChoice, String personId, LocalDate day) {
        ListingTable listings = new ListingTable();
        return lookups.list("select " + listings.columnList() + " from listing where person_id = ? and care_choice = ?"
                + " and valid_from <= ? and (valid_to is null or valid_to >= ?)", statement -> {
                    Jdbc.setPersonSought(statement, 1, personId);
                    statement.setString(2, careChoice);
                    Jdbc.setDate(statement, 3, day);
                    Jdbc.setDate(statement, 4, day);
                }, listings::read).stream().findFirst();
    }

    /** The personnummer as a number, or null when it is not twelve digits. */
    private static Long key(String personId) {
        long key = PersonId.storedNumber(personId);
        return key < 0 ? null : key;
    }
}
