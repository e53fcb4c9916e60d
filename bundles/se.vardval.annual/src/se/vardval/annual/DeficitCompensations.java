package se.vardval.annual;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Deficit compensation (underskottskompensation) for a vårdval's year: proposes it from its inputs and stored data,
 * saves the proposal, and decides it, after which it is paid as {@code DEFICIT_COMPENSATION} lines in a chosen month of
 * the next year through that month's normal payment run and approval. Saving and deciding need an administrator of the
 * vårdval.
 */
public interface DeficitCompensations {

    /**
     * Computes the proposal: the basis values come from the stored data of the year (average listed persons over the
     * twelve listing days, or the reimbursement of the year's approved runs).
     *
     * @throws se.vardval.core.service.UserError when the vårdval, its year's rulebook or the data is missing
     */
    DeficitProposal propose(String careChoice, int year, DeficitInputs inputs);

    /**
     * Computes the proposal and saves it with its inputs and sources, replacing an undecided proposal of the year.
     *
     * @throws se.vardval.core.service.UserError as {@link #propose}, when the year's proposal is decided, or when the
     *             user is not an administrator of the vårdval
     */
    SavedDeficitProposal save(String careChoice, int year, DeficitInputs inputs, String user);

    /** The saved proposal of a year, if any. */
    Optional<SavedDeficitProposal> find(String careChoice, int year);

    /** Every saved proposal of a vårdval, by year. */
    List<SavedDeficitProposal> list(String careChoice);

    /**
     * Decides the saved proposal with the decision reference: its lines become decided payments of the vårdval in
     * {@code payIn}, which the month's payment run pays once as {@code DEFICIT_COMPENSATION} lines.
     *
     * @throws se.vardval.core.service.UserError when there is no saved proposal, it is decided already, the reference
     *             is blank, {@code payIn} is not a month of the next year or is already paid by an approved run, or
     *             the user is not an administrator of the vårdval
     */
    SavedDeficitProposal decide(String careChoice, int year, String decision, YearMonth payIn, String user);
}
