package se.vardval.core.service;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.RejectedItem;

/**
 * Runs a vårdval's month under its decided rulebook, corrects approved months, moves runs through
 * CALCULATED → APPROVED → EXPORTED and explains the result.
 */
public interface PaymentRunService {

    /**
     * Calculates and stores a run.
     *
     * @throws UserError when the vårdval is unknown, its year has no decided rulebook, its model is not installed,
     *             or the period already has an approved run
     */
    default PaymentRun run(String careChoice, YearMonth period, String user) {
        return run(careChoice, period, user, () -> false);
    }

    /**
     * Calculates and stores a run unless {@code cancelled} turns true while the inputs are read; a cancelled run
     * stores nothing.
     *
     * @throws RunCancelledException when cancelled
     * @throws UserError as for {@link #run(String, YearMonth, String)}
     */
    PaymentRun run(String careChoice, YearMonth period, String user, BooleanSupplier cancelled);

    /**
     * Calculates the month again with the current inputs and stores only the per-unit and per-component differences
     * against what is paid for it (the approved ordinary run plus its approved corrections), as a correction run
     * that needs its own approval. Its cost hand-overs are likewise only the differences against those the paid runs
     * handed over; its rejections are those of the month as calculated now.
     *
     * @throws UserError when the period has no approved run to correct, or as for {@link #run}
     */
    PaymentRun correct(String careChoice, YearMonth period, String user);

    /**
     * Attests a calculated run; after that it never changes.
     *
     * @throws UserError when the run is not calculated, the user calculated it, the period is already paid by
     *             another ordinary run, or another correction of the period was approved after it was calculated
     */
    PaymentRun approve(long runId, String user);

    /**
     * Why the user may not attest the run as far as who they are goes (no attestant role for its vårdval, or they
     * calculated it), naming what attesting needs; empty when they may.
     *
     * @throws UserError when there is no such run
     */
    Optional<String> approvalRefusal(long runId, String user);

    /**
     * Records that an approved run is handed to the finance system (an exported run stays exported).
     *
     * @throws UserError when the run is not approved
     */
    PaymentRun recordExport(long runId, String user);

    /**
     * The items a stored run did not pay, with the reasons.
     *
     * @throws UserError when there is no such run
     */
    List<RejectedItem> rejections(long runId);

    /**
     * The costs a stored run hands over to units of other vårdval; they become costs of those units when the run is
     * approved.
     *
     * @throws UserError when there is no such run
     */
    List<CostHandOver> costHandOvers(long runId);

    /** Explains a unit's, component's or person's amount in a stored run. */
    Explanation explain(long runId, ExplainRequest request);
}
