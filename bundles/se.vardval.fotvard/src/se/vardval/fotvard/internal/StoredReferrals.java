package se.vardval.fotvard.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;


/** The referrals imported from {@code referrals.csv}, read from the plugin's table in the workbench database. */
@Component(service = ReferralSource.class)
public final class StoredReferrals implements ReferralSource {

    private final DataSource dataSource;

    /** Reads the workbench database. */
    @Activate
    public StoredReferrals(@Reference(target = "(vardval.db=workbench)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Referral> issuedBetween(LocalDate from, LocalDate to, int defaultValidMonths) {
        List<Referral> referrals = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select referral_id, person_id, issued,"
                        + " risk_group, valid_months, issuer_hsa_id from fotvard_referral where issued between ? and ?"
                        + " order by referral_id")) {
            select.setDate(1, Date.valueOf(from));
            select.setDate(2, Date.valueOf(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    int validMonths = rs.getInt(5);
                    if (rs.wasNull()) {
                        validMonths = defaultValidMonths;
                    }
                    referrals.add(new Referral(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                            rs.getInt(4), validMonths, rs.getString(6), ReferralFile.FILE));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the referrals of referrals.csv cannot be read: " + e.getMessage(), e);
        }
        return List.copyOf(referrals);
    }
}
