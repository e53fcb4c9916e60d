package se.vardval.fotvard.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.store.ImportFileContribution;
import se.vardval.core.store.ImportRow;

/**
 * {@code referrals.csv} ({@code referral_id;person_id;issued;risk_group;valid_months;issuer_hsa_id}), the referrals a
 * region's referral register delivers, imported into {@code fotvard_referral}: the person and the issuing unit must be
 * in the register, the risk group 1–4 (grade I is kept, and its treatments rejected), {@code valid_months} 1–120 or
 * empty (or the column left out) for the rulebook's {@code referralValidMonths}.
 * Re-importing a referral id replaces it.
 */
@Component(service = ImportFileContribution.class)
public final class ReferralFile implements ImportFileContribution<FileReferral> {

    /** The file's name. */
    static final String FILE = "referrals.csv";

    private static final String VALID_MONTHS = "valid_months";
    private static final List<String> COLUMNS = List.of("referral_id", "person_id", "issued", "risk_group",
            VALID_MONTHS, "issuer_hsa_id");

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
        return COLUMNS.stream().filter(c -> !c.equals(VALID_MONTHS)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public FileReferral parse(ImportRow row) {
        String id = row.required("referral_id");
        if (id != null && id.length() > 64) {
            row.error("referral_id", "längre än 64 tecken");
        }
        String person = row.knownPerson("person_id");
        var issued = row.date("issued");
        Integer risk = row.wholeNumber("risk_group", 1, 4);
        boolean monthsGiven = row.text(VALID_MONTHS) != null;
        Integer months = monthsGiven ? row.wholeNumber(VALID_MONTHS, 1, 120) : null;
        String issuer = row.knownUnit("issuer_hsa_id");
        if (id == null || person == null || issued == null || risk == null || (monthsGiven && months == null)
                || issuer == null) {
            return null;
        }
        return new FileReferral(id, person, issued, risk, months, issuer);
    }

    @Override
    public List<Object> naturalKey(FileReferral referral) {
        return List.of(referral.id());
    }

    @Override
    public void store(Connection connection, List<FileReferral> referrals) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from fotvard_referral where referral_id = ?");
                PreparedStatement insert = connection.prepareStatement("insert into fotvard_referral (referral_id,"
                        + " person_id, issued, risk_group, valid_months, issuer_hsa_id) values (?, ?, ?, ?, ?, ?)")) {
            for (FileReferral r : referrals) {
                delete.setString(1, r.id());
                delete.addBatch();
                insert.setString(1, r.id());
                insert.setString(2, r.personId());
                insert.setDate(3, Date.valueOf(r.issued()));
                insert.setInt(4, r.riskGroup());
                if (r.validMonths() == null) {
                    insert.setNull(5, Types.INTEGER);
                } else {
                    insert.setInt(5, r.validMonths());
                }
                insert.setString(6, r.issuerHsaId());
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        }
    }
}
