package se.vardval.persistence.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;
import se.vardval.core.store.RunInputChanges;
import se.vardval.core.store.RunStore;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jpa.PaymentRunEntity;

/**
 * Payment runs: the header as a JPA entity, the lines, warnings, rejections and cost hand-overs by JDBC batches in the
 * same transaction. State changes follow CALCULATED → APPROVED → EXPORTED, approved by someone other than the
 * calculator; a correction is approved only while what it was calculated against is still all that is paid, and the
 * approval stores the run's cost hand-overs as costs of their units.
 */
@Component
public class JpaRunStore implements RunStore {

    private static final List<RunState> PAID = List.of(RunState.APPROVED, RunState.EXPORTED);

    private final Database database;

    /** Uses the given database. */
    @Activate
    public JpaRunStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public PaymentRun create(PaymentRun run, ModelResult result) {
        List<PaymentLine> rounded = result.lines().stream().map(JpaRunStore::rounded).toList();
        BigDecimal total = rounded.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        return database.inTransaction(em -> {
            PaymentRunEntity row = new PaymentRunEntity(run, total);
            em.persist(row);
            em.flush();
            try {
                Connection connection = em.unwrap(Connection.class);
                PaymentLines.insert(connection, row.id(), rounded, result.warnings());
                RejectedItemRows.insert(connection, row.id(), result.rejections());
                CostHandOverRows.insert(connection, row.id(), result.costHandOvers());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not store the lines of run " + row.id() + ": "
                        + e.getMessage(), e);
            }
            AuditTrail.record(em, run.createdBy(), RunInputChanges.PAYMENT_RUN, Long.toString(row.id()), "CREATE", null,
                    row.toRecord());
            return row.toRecord();
        });
    }

    @Override
    public Optional<PaymentRun> find(long runId) {
        return database.read(em -> Optional.ofNullable(em.find(PaymentRunEntity.class, runId))
                .map(PaymentRunEntity::toRecord));
    }

    @Override
    public List<PaymentRun> list(String careChoice) {
        return database.read(em -> em.createNamedQuery("PaymentRun.byCareChoice", PaymentRunEntity.class)
                .setParameter("careChoice", careChoice).getResultList().stream().map(PaymentRunEntity::toRecord)
                .toList());
    }

    @Override
    public Optional<PaymentRun> latest() {
        return database.read(em -> em.createNamedQuery("PaymentRun.latest", PaymentRunEntity.class)
                .setMaxResults(1).getResultStream().findFirst().map(PaymentRunEntity::toRecord));
    }

    @Override
    public Optional<PaymentRun> approvedRun(String careChoice, YearMonth period) {
        return database.read(em -> approved(em, careChoice, period));
    }

    private static Optional<PaymentRun> approved(EntityManager em, String careChoice, YearMonth period) {
        return em.createNamedQuery("PaymentRun.approved", PaymentRunEntity.class)
                .setParameter("careChoice", careChoice).setParameter("period", period.toString())
                .setParameter("states", PAID).getResultStream().findFirst().map(PaymentRunEntity::toRecord);
    }

    @Override
    public List<PaymentLine> lines(long runId) {
        return query("select hsa_id, component, basis, rate, amount from payment_line where run_id = ?"
                + " order by hsa_id, component, line_no", runId,
                rs -> new PaymentLine(rs.getString(1), rs.getString(2), Jdbc.plain(rs.getBigDecimal(3)),
                        Jdbc.plain(rs.getBigDecimal(4)), rs.getBigDecimal(5)));
    }

    @Override
    public List<RunWarning> warnings(long runId) {
        return query("select hsa_id, code, message from run_warning where run_id = ? order by line_no", runId,
                rs -> new RunWarning(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    @Override
    public List<RejectedItem> rejections(long runId) {
        return query(RejectedItemRows.SELECT, runId, RejectedItemRows::read);
    }

    @Override
    public List<CostHandOver> costHandOvers(long runId) {
        return query(CostHandOverRows.SELECT, runId, CostHandOverRows::read);
    }

    @Override
    public PaymentRun changeState(long runId, RunState newState, String user) {
        return database.inTransaction(em -> {
            PaymentRunEntity row = em.find(PaymentRunEntity.class, runId);
            if (row == null) {
                throw new UserError("det finns ingen körning med id " + runId);
            }
            if (newState == RunState.APPROVED) {
                lockMonth(em, row.toRecord());
                em.refresh(row);
            }
            PaymentRun before = row.toRecord();
            requireAllowed(em, before, newState, user);
            row.changeState(newState, user, AuditTrail.now());
            PaymentRun after = row.toRecord();
            AuditTrail.record(em, user, RunInputChanges.PAYMENT_RUN, Long.toString(runId), newState.name(), before,
                    after);
            if (newState == RunState.APPROVED) {
                chargeHandOvers(em, after, user);
            }
            return after;
        });
    }

    /**
     * Locks every run of the run's vårdval and month until the transaction ends, so that approvals of the month take
     * turns: the second sees the first's approval and is refused (a month is paid once, however many approve at once).
     */
    private static void lockMonth(EntityManager em, PaymentRun run) {
        em.createNamedQuery("PaymentRun.ofMonth", PaymentRunEntity.class).setParameter("careChoice", run.careChoice())
                .setParameter("period", run.period().toString()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The approved run's hand-overs become costs of their units, each in the audit trail. */
    private static void chargeHandOvers(EntityManager em, PaymentRun run, String user) {
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        try {
            List<CostHandOver> handOvers = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(CostHandOverRows.SELECT)) {
                statement.setLong(1, run.id());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        handOvers.add(CostHandOverRows.read(rs));
                    }
                }
            }
            List<Cost> costs = HandOverCosts.of(run, handOvers);
            HandOverCosts.store(connection, costs);
            for (Cost cost : costs) {
                AuditTrail.record(em, user, "cost", cost.hsaId() + " " + cost.period() + " " + cost.category(),
                        "CREATE", null, cost);
            }
        } catch (SQLException e) {
            throw Jdbc.failure("charge the cost hand-overs of run " + run.id(), e);
        }
    }

    private static void requireAllowed(EntityManager em, PaymentRun run, RunState newState, String user) {
        boolean next = run.state() == RunState.CALCULATED && newState == RunState.APPROVED
                || run.state() == RunState.APPROVED && newState == RunState.EXPORTED;
        if (!next) {
            throw new UserError("Körning " + run.id() + " har tillståndet " + run.state().swedishName()
                    + " och kan inte övergå till " + newState.swedishName());
        }
        if (newState == RunState.APPROVED && user.equals(run.createdBy())) {
            throw new UserError("Körning " + run.id() + " beräknades av " + user
                    + ", som därför inte kan attestera den; en annan person måste attestera den.");
        }
        if (newState == RunState.APPROVED && run.correctsRunId() == null) {
            approved(em, run.careChoice(), run.period()).ifPresent(paid -> {
                throw new UserError(run.careChoice() + " " + run.period()
                        + " är redan utbetald genom körning " + paid.id()
                        + "; en ändring kräver en korrigeringskörning.");
            });
        }
        if (newState == RunState.APPROVED && run.correctsRunId() != null) {
            laterCorrection(em, run).ifPresent(later -> {
                throw new UserError("Korrigeringskörning " + later.id() + " av " + run.careChoice() + " "
                        + run.period() + " attesterades efter att körning " + run.id() + " beräknades; beräkna"
                        + " korrigeringen igen.");
            });
        }
    }

    /** Another correction of the same run approved since {@code correction} was calculated against what was paid. */
    private static Optional<PaymentRun> laterCorrection(EntityManager em, PaymentRun correction) {
        return em.createNamedQuery("PaymentRun.approvedCorrections", PaymentRunEntity.class)
                .setParameter("corrects", correction.correctsRunId()).setParameter("states", PAID)
                .getResultStream().map(PaymentRunEntity::toRecord)
                .filter(r -> r.id() != correction.id() && !r.approvedAt().isBefore(correction.createdAt()))
                .findFirst();
    }

    private static PaymentLine rounded(PaymentLine line) {
        return new PaymentLine(line.hsaId(), line.component(), line.basis(), line.rate(),
                line.amount().setScale(2, RoundingMode.HALF_UP));
    }

    private <T> List<T> query(String sql, long runId, Jdbc.RowMapper<T> mapper) {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, runId);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw Jdbc.failure("read run " + runId, e);
        }
    }
}
