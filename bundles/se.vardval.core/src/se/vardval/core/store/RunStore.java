package se.vardval.core.store;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;

/** Persisted payment runs with their lines, warnings, rejected items and cost hand-overs. */
public interface RunStore {

    /**
     * Stores a newly calculated run with the result's lines, warnings, rejections and cost hand-overs (amounts rounded
     * once to öre) and returns it with its id and total.
     */
    PaymentRun create(PaymentRun run, ModelResult result);

    /** Stores a newly calculated run with its lines and warnings, rejecting and handing over nothing. */
    default PaymentRun create(PaymentRun run, List<PaymentLine> lines, List<RunWarning> warnings) {
        return create(run, new ModelResult(lines, warnings));
    }

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

    /** The items the run did not pay, ordered by HSA-id, date and item. */
    List<RejectedItem> rejections(long runId);

    /** The costs the run hands over to units of other vårdval, ordered by HSA-id, period, category and reference. */
    List<CostHandOver> costHandOvers(long runId);

    /**
     * Moves a run to a new state, recording who did it; when the run becomes APPROVED each of its cost hand-overs is
     * stored, in the same transaction, as a cost of its unit and period whose reference names the run.
     */
    PaymentRun changeState(long runId, RunState newState, String user);
}
