package se.vardval.persistence.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import se.vardval.core.domain.Listing;

/** Listings, keyed by one number made of person, vårdval and valid-from ({@link ListingKeys}). */
public final class ListingTable extends BulkTable<Listing> {

    /** The table's name. */
    public static final String NAME = "listing";

    /** The columns {@link #readFrom} reads a listing from, in its order. */
    public static final String LISTING_COLUMNS = "person_id, care_choice, valid_from, hsa_id, valid_to, assigned";

    private final ListingKeys keys;

    /** The table, whose rows get their keys from {@code keys}. */
    public ListingTable(ListingKeys keys) {
        super(NAME, 1, "listing_key", "person_id", "care_choice", "valid_from", "hsa_id", "valid_to", "assigned");
        this.keys = keys;
    }

    @Override
    protected void write(Listing l, ColumnValues out) throws SQLException {
        long person = Jdbc.personNumber(l.personId());
        out.bigint(keys.of(person, l));
        out.bigint(person);
        out.text(l.careChoice());
        out.date(l.validFrom());
        out.text(l.hsaId());
        out.date(l.validTo());
        out.bool(l.assigned());
    }

    /**
     * The listing of the row's columns from {@code first} on, in the order of {@link #LISTING_COLUMNS}; by position, as
     * looking millions of rows' columns up by name costs a tenth of a run's reading.
     */
    public static Listing readFrom(ResultSet rs, int first) throws SQLException {
        return new Listing(Jdbc.personId(rs, first), rs.getString(first + 1), rs.getString(first + 3),
                rs.getObject(first + 2, LocalDate.class), rs.getObject(first + 4, LocalDate.class),
                rs.getBoolean(first + 5));
    }

    @Override
    public Listing read(ResultSet rs) throws SQLException {
        return new Listing(Jdbc.personId(rs, "person_id"), rs.getString("care_choice"), rs.getString("hsa_id"),
                Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"), rs.getBoolean("assigned"));
    }
}
