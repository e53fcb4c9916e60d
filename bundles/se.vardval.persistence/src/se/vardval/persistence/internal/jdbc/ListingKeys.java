package se.vardval.persistence.internal.jdbc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import se.vardval.core.domain.Listing;

/**
 * The listing table's key: one {@code bigint} made of a listing's person number, its vårdval's number
 * ({@code care_choice.key_number}) and the days from {@link Listing#EARLIEST_START} to its first day, in that order of
 * significance, so that the keys sort as (person, vårdval, valid-from) and a person's listings in a vårdval are one
 * range of keys. H2 keeps a table whose key is one {@code bigint} column in one map keyed by it, where a key of several
 * columns is a second map beside the rows, which a listings import wrote and committed as well.
 */
public final class ListingKeys {

    private static final int DAY_BITS = 16;
    private static final int CARE_CHOICE_BITS = 7;

    /** What a person number is multiplied by in the key (the key is this times the person plus the rest). */
    private static final long PERSON_FACTOR = 1L << (DAY_BITS + CARE_CHOICE_BITS);

    /** The most vårdval the key has room for: they are numbered from 1 to this. */
    public static final int MOST_CARE_CHOICES = (1 << CARE_CHOICE_BITS) - 1;

    private final DataSource dataSource;
    private final Set<String> missing = new HashSet<>();
    private volatile Map<String, Integer> numbers = Map.of();

    /** The keys of the vårdval stored in the database, read on first use. */
    public ListingKeys(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The listing's key. */
    public long of(Listing listing) {
        return of(Jdbc.personNumber(listing.personId()), listing);
    }

    /** The key of the listing whose person's number ({@link Jdbc#personNumber}) is {@code person}. */
    long of(long person, Listing listing) {
        Integer number = number(listing.careChoice());
        if (number == null) {
            throw new IllegalArgumentException("no vårdval " + listing.careChoice() + " is stored");
        }
        return person * PERSON_FACTOR + ((long) number << DAY_BITS) + days(listing.validFrom());
    }

    /**
     * The lowest key of a listing of any person in the vårdval, less the person's part; above
     * {@link #highestAfterPerson} for a vårdval not stored, whose range holds no key.
     */
    public long lowestAfterPerson(String careChoice) {
        Integer number = number(careChoice);
        return number == null ? 1 : (long) number << DAY_BITS;
    }

    /** The highest key of a listing of any person in the vårdval, less the person's part. */
    public long highestAfterPerson(String careChoice) {
        Integer number = number(careChoice);
        return number == null ? 0 : ((long) number << DAY_BITS) + (1 << DAY_BITS) - 1;
    }

    /** The lowest key of the person's listings in the vårdval. */
    public long lowest(String personId, String careChoice) {
        return Jdbc.personNumber(personId) * PERSON_FACTOR + lowestAfterPerson(careChoice);
    }

    /** The highest key of the person's listings in the vårdval. */
    public long highest(String personId, String careChoice) {
        return Jdbc.personNumber(personId) * PERSON_FACTOR + highestAfterPerson(careChoice);
    }

    /**
     * A condition that the listing key column {@code key} lies in the range of the person in {@code personColumn} in
     * one vårdval, whose parameters are {@link #lowestAfterPerson} and {@link #highestAfterPerson}: a look-up by the
     * key's index.
     */
    public static String inPersonRange(String key, String personColumn) {
        String person = personColumn + " * " + PERSON_FACTOR;
        return key + " between " + person + " + ? and " + person + " + ?";
    }

    private static long days(LocalDate validFrom) {
        if (!Listing.canStartOn(validFrom)) {
            throw new IllegalArgumentException("a listing cannot start on " + validFrom);
        }
        return ChronoUnit.DAYS.between(Listing.EARLIEST_START, validFrom);
    }

    /**
     * The vårdval's number, null when no such vårdval is stored; the numbers are read again, once for each vårdval,
     * when one that was not stored at the last reading is asked for. A listings import asks from two threads, for
     * every row.
     */
    private Integer number(String careChoice) {
        Integer number = numbers.get(careChoice);
        return number != null ? number : reread(careChoice);
    }

    private synchronized Integer reread(String careChoice) {
        if (missing.add(careChoice)) {
            numbers = read();
        }
        return numbers.get(careChoice);
    }

    private Map<String, Integer> read() {
        Map<String, Integer> read = new HashMap<>();
        Streams.forEach(dataSource, "select id, key_number from care_choice", s -> {
        }, rs -> Map.entry(rs.getString(1), rs.getInt(2)), e -> read.put(e.getKey(), e.getValue()));
        return Map.copyOf(read);
    }
}
