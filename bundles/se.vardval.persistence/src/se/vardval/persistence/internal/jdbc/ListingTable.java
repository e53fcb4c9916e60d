package se.vardval.persistence.internal.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import se.vardval.core.domain.Listing;

/** Listings, keyed by person, vårdval and valid-from. */
public final class ListingTable extends BulkTable<Listing> {

    /** The table. */
    public ListingTable() {
        super("listing", 3, "person_id", "care_choice", "valid_from", "hsa_id", "valid_to", "assigned");
    }

    @Override
    protected void write(Listing l, ColumnValues out) throws SQLException {
        out.text(l.personId());
        out.text(l.careChoice());
        out.date(l.validFrom());
        out.text(l.hsaId());
        out.date(l.validTo());
        out.bool(l.assigned());
    }

    @Override
    public Listing read(ResultSet rs) throws SQLException {
        return new Listing(rs.getString("person_id"), rs.getString("care_choice"), rs.getString("hsa_id"),
                Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"), rs.getBoolean("assigned"));
    }
}
