package se.vardval.core.model;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Person;

/**
 * What a model tool may read of the stored data: the vårdval, its rulebooks, the region's person register and the
 * vårdval's activities over any span of days. Bulk data is streamed to a consumer.
 */
public interface ToolData {

    /** The vårdval the tool works for. */
    CareChoice careChoice();

    /** The vårdval's rulebook of a year, if there is one. */
    Optional<Rulebook> rulebook(int year);

    /** Streams every person of the region's person register (the residents). */
    void forEachPerson(Consumer<Person> sink);

    /** Streams the vårdval's activities dated from {@code from} to {@code to} inclusive. */
    void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink);
}
