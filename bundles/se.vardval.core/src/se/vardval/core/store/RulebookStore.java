package se.vardval.core.store;

import java.util.List;
import java.util.Optional;

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
}
