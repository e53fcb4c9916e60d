package se.vardval.core.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Persisted payment runs with their lines and warnings. */
public interface RunStore {

    /** Stores a newly calculated run with its lines and warnings and returns it with its id and total. */
    PaymentRun create(PaymentRun run, List<PaymentLine> lines, List<RunWarning> warnings);

    /** The run with this id. */
    Optional<PaymentRun> find(long runId);

    /** Every run of a vårdval, newest first. */
    List<PaymentRun> list(String careChoice);

    /** The most recent run of all. */
    Optional<PaymentRun> latest();

    /** The ordinary (non-correction) run of the period that is approved or exported, if any. */
    Optional<PaymentRun> approvedRun(String careChoice, YearMonth period);

    /** The run's lines ordered by HSA-id and component. */
    List<PaymentLine> lines(long runId);

    /** The run's warnings. */
    List<RunWarning> warnings(long runId);

    /** Moves a run to a new state, recording who did it. */
    PaymentRun changeState(long runId, RunState newState, String user);
}
