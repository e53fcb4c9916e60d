package se.vardval.persistence.internal.jdbc;

import java.sql.PreparedStatement;
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
    public void bind(PreparedStatement insert, Listing l) throws SQLException {
        insert.setString(1, l.personId());
        insert.setString(2, l.careChoice());
        Jdbc.setDate(insert, 3, l.validFrom());
        insert.setString(4, l.hsaId());
        Jdbc.setDate(insert, 5, l.validTo());
        insert.setBoolean(6, l.assigned());
    }


    @Override
    public Listing read(ResultSet rs) throws SQLException {
        return new Listing(rs.getString("person_id"), rs.getString("care_choice"), rs.getString("hsa_id"),
                Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"), rs.getBoolean("assigned"));
    }
}
