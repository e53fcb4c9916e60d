package se.vardval.persistence.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import se.vardval.core.domain.Listing;

/** Listings, keyed by person, vårdval and valid-from. */
public final class ListingTable extends BulkTable<Listing> {

    /** The table. */
    public ListingTable() {
        super("listing", 3, "person_id", "care_choice", "valid_from", "hsa_id", "valid_to", "assigned");
    }

    @Override
    protected void write(Listing l, ColumnValues out) throws SQLException {
        out.personNumber(l.personId());
        out.text(l.careChoice());
        out.date(l.validFrom());
        out.text(l.hsaId());
        out.date(l.validTo());
        out.bool(l.assigned());
    }

    /**
     * The listing of the row's columns from {@code first} on, in the order of {@link #columnList()}; by position, as
     * looking millions of rows' columns up by name costs a tenth of a run's reading.
     */
    public Listing readFrom(ResultSet rs, int first) throws SQLException {
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
