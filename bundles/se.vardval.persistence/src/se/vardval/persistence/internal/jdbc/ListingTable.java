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
        bindKey(insert, l);
        insert.setString(4, l.hsaId());
        Jdbc.setDate(insert, 5, l.validTo());
        insert.setBoolean(6, l.assigned());
    }

    @Override
    public void bindKey(PreparedStatement delete, Listing l) throws SQLException {
        delete.setString(1, l.personId());
        delete.setString(2, l.careChoice());
        Jdbc.setDate(delete, 3, l.validFrom());
    }

    @Override
    public Listing read(ResultSet rs) throws SQLException {
        return new Listing(rs.getString("person_id"), rs.getString("care_choice"), rs.getString("hsa_id"),
                Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"), rs.getBoolean("assigned"));
    }
}
