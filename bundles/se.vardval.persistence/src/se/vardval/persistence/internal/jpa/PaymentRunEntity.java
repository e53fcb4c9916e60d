package se.vardval.persistence.internal.jpa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;

/** A stored payment run header; its lines and warnings are written by JDBC. */
@Entity
@Table(name = "payment_run")
@NamedQuery(name = "PaymentRun.byCareChoice",
        query = "select r from PaymentRunEntity r where r.careChoice = :careChoice order by r.id desc")
@NamedQuery(name = "PaymentRun.ofMonth",
        query = "select r from PaymentRunEntity r where r.careChoice = :careChoice and r.period = :period")
@NamedQuery(name = "PaymentRun.latest", query = "select r from PaymentRunEntity r order by r.id desc")
@NamedQuery(name = "PaymentRun.approved", query = "select r from PaymentRunEntity r where"
        + " r.careChoice = :careChoice and r.period = :period and r.correctsRunId is null and r.state in :states"
        + " order by r.id")
@NamedQuery(name = "PaymentRun.approvedCorrections",
        query = "select r from PaymentRunEntity r where r.correctsRunId = :corrects and r.state in :states")
public class PaymentRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_run_seq")
    @SequenceGenerator(name = "payment_run_seq", sequenceName = "payment_run_seq", allocationSize = 1)
    private long id;
    @Column(name = "care_choice")
    private String careChoice;
    private String period;
    @Column(name = "rulebook_year")
    private int rulebookYear;
    @Enumerated(EnumType.STRING)
    private RunState state;
    @Column(name = "inputs_fingerprint")
    private String inputsFingerprint;
    @Column(name = "approved_read_from")
    private String approvedReadFrom;
    @Column(name = "approved_read_to")
    private String approvedReadTo;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "corrects_run_id")
    private Long correctsRunId;
    private BigDecimal total;
    @Version
    private long version;

    protected PaymentRunEntity() {
    }

    /** A new run from the record (its id is assigned on persist) with the given total. */
    public PaymentRunEntity(PaymentRun run, BigDecimal total) {
        careChoice = run.careChoice();
        period = run.period().toString();
        rulebookYear = run.rulebookYear();
        state = run.state();
        inputsFingerprint = run.inputsFingerprint();
        if (run.approvedMonthsRead() != null) {
            approvedReadFrom = run.approvedMonthsRead().from().toString();
            approvedReadTo = run.approvedMonthsRead().to().toString();
        }
        createdBy = run.createdBy();
        createdAt = run.createdAt();
        approvedBy = run.approvedBy();
        approvedAt = run.approvedAt();
        correctsRunId = run.correctsRunId();
        this.total = total;
    }

    /** The assigned id. */
    public long id() {
        return id;
    }

    /** Moves the run to a state; approving records who and when. */
    public void changeState(RunState newState, String user, Instant at) {
        if (newState == RunState.APPROVED) {
            approvedBy = user;
            approvedAt = at;
        }
        state = newState;
    }

    /** The row as a record. */
    public PaymentRun toRecord() {
        return new PaymentRun(id, careChoice, YearMonth.parse(period), rulebookYear, state, inputsFingerprint,
                approvedMonthsRead(), createdBy, createdAt, approvedBy, approvedAt, correctsRunId, total);
    }

    private MonthSpan approvedMonthsRead() {
        return approvedReadFrom == null ? null
                : new MonthSpan(YearMonth.parse(approvedReadFrom), YearMonth.parse(approvedReadTo));
    }

    @Override
    public String toString() {
        return "Payment run " + id;
    }
}
