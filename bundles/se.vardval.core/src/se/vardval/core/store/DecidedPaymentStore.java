package se.vardval.core.store;

import java.time.YearMonth;
import java.util.List;

import se.vardval.core.domain.DecidedPayment;

/**
 * Payments decided outside the reimbursement model, which the payment run of their vårdval and month pays as lines;
 * each is stored once and never changes.
 */
public interface DecidedPaymentStore {

    /**
     * Stores the payments in one transaction, audited as done by {@code user}.
     *
     * @throws se.vardval.core.service.UserError (nothing stored) when one of them is already stored for its vårdval,
     *             unit, component and origin
     */
    void add(List<DecidedPayment> payments, String user);

    /** The payments of a vårdval's month, ordered by unit, component and origin. */
    List<DecidedPayment> list(String careChoice, YearMonth period);

    /** The payments of a vårdval with the given origin, ordered by unit and component. */
    List<DecidedPayment> byOrigin(String careChoice, String origin);
}
