package se.vardval.fotvard.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.store.ImportFileContribution;
import se.vardval.core.store.ImportRow;

/**
 * {@code referrals.csv} ({@code referral_id;person_id;issued;risk_group;valid_months;issuer_hsa_id}), the referrals a
 * region's referral register delivers, imported into {@code fotvard_referral}: the person and the issuing unit must be
 * in the register, the risk group 1–4 (grade I is kept, and its treatments rejected), {@code valid_months} 1–120.
 * Re-importing a referral id replaces it.
 */
@Component(service = ImportFileContribution.class)
public final class ReferralFile implements ImportFileContribution<Referral> {

    /** The file's name. */
    static final String FILE = "referrals.csv";

    private static final List<String> COLUMNS = List.of("referral_id", "person_id", "issued", "risk_group",
            "valid_months", "issuer_hsa_id");

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.copyOf(COLUMNS);
    }

    @Override
    public Referral parse(ImportRow row) {
        String id = row.required("referral_id");
        if (id != null && id.length() > 64) {
            row.error("referral_id", "längre än 64 tecken");
        }
        String person = row.knownPerson("person_id");
        var issued = row.date("issued");
        Integer risk = row.wholeNumber("risk_group", 1, 4);
        Integer months = row.wholeNumber("valid_months", 1, 120);
        String issuer = row.knownUnit("issuer_hsa_id");
        if (id == null || person == null || issued == null || risk == null || months == null || issuer == null) {
            return null;
        }
        return new Referral(id, person, issued, risk, months, issuer, FILE);
    }

    @Override
    public List<Object> naturalKey(Referral referral) {
        return List.of(referral.id());
    }

    @Override
    public void store(Connection connection, List<Referral> referrals) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from fotvard_referral where referral_id = ?");
                PreparedStatement insert = connection.prepareStatement("insert into fotvard_referral (referral_id,"
                        + " person_id, issued, risk_group, valid_months, issuer_hsa_id) values (?, ?, ?, ?, ?, ?)")) {
            for (Referral r : referrals) {
                delete.setString(1, r.id());
                delete.addBatch();
                insert.setString(1, r.id());
                insert.setString(2, r.personId());
                insert.setDate(3, Date.valueOf(r.issued()));
                insert.setInt(4, r.riskGroup());
                insert.setInt(5, r.validMonths());
                insert.setString(6, r.issuerHsaId());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }
}
