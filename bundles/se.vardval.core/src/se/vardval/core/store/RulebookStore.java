package se.vardval.core.store;

import java.util.List;
import java.util.Optional;

import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.Rulebook;

/** Rulebooks per vårdval and year. A decided rulebook is immutable: saving over it is refused. */
public interface RulebookStore {

    /** The rulebook of a vårdval for a year. */
    Optional<Rulebook> find(String careChoice, int year);

    /** Every rulebook of a vårdval, ordered by year. */
    List<Rulebook> list(String careChoice);

    /**
     * Stores a draft (creating or replacing the draft of that year).
     *
     * @throws IllegalStateException when the year's rulebook is already decided
     */
    void save(Rulebook rulebook, String user);

    /**
     * Stores the rulebook as {@link #save} does, but only while the year's stored rulebook is still {@code expected}
     * ({@code null}: none), checked and written in one transaction, so that of two users saving the same year at once
     * the second is refused rather than overwriting the first.
     *
     * @throws se.vardval.core.service.UserError when someone else stored the year's rulebook meanwhile, or it is
     *             decided
     */
    void saveIfUnchanged(Rulebook rulebook, Rulebook expected, String user);

    /**
     * Stores an LPIK-indexed draft and the tilläggsuppdrag rows its indexation sets (each created or updated by its
     * natural key) in one transaction, every change audited: either all of it is stored or nothing.
     *
     * @throws se.vardval.core.service.UserError when the year's rulebook is already decided, or the user may not edit
     *             the rulebooks or, with tilläggsuppdrag to store, the register
     */
    void saveIndexed(Rulebook draft, List<Supplementary> supplementaries, String user);
}
