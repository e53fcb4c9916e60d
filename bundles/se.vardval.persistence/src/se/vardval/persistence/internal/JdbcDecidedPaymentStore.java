package se.vardval.persistence.internal;

import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.service.UserError;
import se.vardval.core.store.DecidedPaymentStore;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * Decided payments in table {@code decided_payment}, keyed by vårdval, unit, component and origin so that each is
 * stored (and so paid) once; added in one transaction with an audit entry per payment.
 */
@Component
public class JdbcDecidedPaymentStore implements DecidedPaymentStore {

    /** The columns in the order {@link #read} expects them. */
    static final String COLUMNS = "care_choice, period, hsa_id, component, amount, origin, decision";

    private final Database database;

    /** Uses the given database. */
    @Activate
    public JdbcDecidedPaymentStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void add(List<DecidedPayment> payments, String user) {
        database.write(em -> {
            Connection connection = em.unwrap(Connection.class);
            for (DecidedPayment payment : payments) {
                requireNew(connection, payment);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into decided_payment (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?)")) {
                for (DecidedPayment payment : payments) {
                    insert.setString(1, payment.careChoice());
                    insert.setString(2, payment.period().toString());
                    insert.setString(3, payment.hsaId());
                    insert.setString(4, payment.component());
                    insert.setBigDecimal(5, payment.amount().setScale(2, RoundingMode.HALF_UP));
                    insert.setString(6, payment.origin());
                    insert.setString(7, payment.decision());
                    insert.addBatch();
                    AuditTrail.record(em, user, "decided_payment", key(payment), "CREATE", null, payment);
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw Jdbc.failure("store the decided payments", e);
            }
        });
    }

    @Override
    public List<DecidedPayment> list(String careChoice, YearMonth period) {
        return Streams.list(database.dataSource(), "select " + COLUMNS + " from decided_payment where care_choice = ?"
                + " and period = ? order by hsa_id, component, origin", statement -> {
                    statement.setString(1, careChoice);
                    statement.setString(2, period.toString());
                }, JdbcDecidedPaymentStore::read);
    }

    @Override
    public List<DecidedPayment> byOrigin(String careChoice, String origin) {
        return Streams.list(database.dataSource(), "select " + COLUMNS + " from decided_payment where care_choice = ?"
                + " and origin = ? order by hsa_id, component", statement -> {
                    statement.setString(1, careChoice);
                    statement.setString(2, origin);
                }, JdbcDecidedPaymentStore::read);
    }

    /** A row of {@link #COLUMNS} as a payment. */
    static DecidedPayment read(ResultSet rs) throws SQLException {
        return new DecidedPayment(rs.getString(1), YearMonth.parse(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getBigDecimal(5), rs.getString(6), rs.getString(7));
    }

    private static void requireNew(Connection connection, DecidedPayment payment) {
        try (PreparedStatement select = connection.prepareStatement("select period, decision from decided_payment"
                + " where care_choice = ? and hsa_id = ? and component = ? and origin = ?")) {
            select.setString(1, payment.careChoice());
            select.setString(2, payment.hsaId());
            select.setString(3, payment.component());
            select.setString(4, payment.origin());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    throw new UserError(payment.component() + " för " + payment.hsaId() + " avseende "
                            + payment.origin() + " är redan beslutad (" + rs.getString(2) + ") och betalas ut i "
                            + rs.getString(1) + "; den betalas bara ut en gång");
                }
            }
        } catch (SQLException e) {
            throw Jdbc.failure("check the decided payments", e);
        }
    }

    private static String key(DecidedPayment payment) {
        return payment.careChoice() + "/" + payment.hsaId() + "/" + payment.component() + "/" + payment.origin();
    }
}
