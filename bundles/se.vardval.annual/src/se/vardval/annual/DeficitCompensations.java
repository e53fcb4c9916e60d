package se.vardval.annual;

/** Proposes deficit compensation (underskottskompensation) for a vårdval's year from its inputs and stored data. */
public interface DeficitCompensations {

    /**
     * Computes the proposal: the basis values come from the stored data of the year (average listed persons over the
     * twelve listing days, or the reimbursement of the year's approved runs).
     *
     * @throws se.vardval.core.service.UserError when the vårdval, its year's rulebook or the data is missing
     */
    DeficitProposal propose(String careChoice, int year, DeficitInputs inputs);
}
