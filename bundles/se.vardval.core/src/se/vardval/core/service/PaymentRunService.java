package se.vardval.core.service;

import java.time.YearMonth;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;

/** Runs a vårdval's month under its decided rulebook and explains the result. */
public interface PaymentRunService {

    /**
     * Calculates and stores a run.
     *
     * @throws UserError when the vårdval is unknown, its year has no decided rulebook, its model is not installed,
     *             or the period already has an approved run
     */
    PaymentRun run(String careChoice, YearMonth period, String user);

    /** Explains a unit's, component's or person's amount in a stored run. */
    Explanation explain(long runId, ExplainRequest request);
}
