package se.vardval.annual;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.Rulebook;

/**
 * Rulebooks through the year: a new year's draft copied from an earlier year (or, for the first, from the model's
 * defaults), edits of single parameters, LPIK indexation and a parameter-by-parameter comparison. Deciding is
 * {@link se.vardval.core.service.RulebookService}'s.
 */
public interface RulebookYears {

    /**
     * Creates the draft of {@code year} as a copy of the rulebook of {@code fromYear}.
     *
     * @throws se.vardval.core.service.UserError when {@code fromYear} is not before {@code year} or has no rulebook,
     *             or {@code year} already has one (a draft is replaced only when {@code replace}; a decided one never)
     */
    Rulebook draft(String careChoice, int year, int fromYear, boolean replace, String user);

    /**
     * Creates the draft of {@code year} from the default parameters of the vårdval's model, e.g. the first rulebook of
     * a newly registered vårdval.
     *
     * @throws se.vardval.core.service.UserError when the vårdval or its model is missing, or {@code year} already has
     *             a rulebook (a draft is replaced only when {@code replace}; a decided one never)
     */
    Rulebook draftFromDefaults(String careChoice, int year, boolean replace, String user);

    /**
     * Sets one parameter of a draft, e.g. {@code cni.krPerIndexPoint} to {@code 1100}, and stores it if the model
     * accepts the result.
     *
     * @throws se.vardval.core.service.UserError when the rulebook is decided, the path does not exist or the model
     *             rejects the result
     */
    Rulebook set(String careChoice, int year, String path, JsonNode value, String user);

    /**
     * Sets the annual rates the model declares to those of the latest earlier year's rulebook raised by LPIK (so that
     * indexing again does not raise them twice), and the annual amounts of the vårdval's tilläggsuppdrag from 1 January
     * of the year to those in force on 31 December before raised by LPIK; unless {@code preview}, stores both in one
     * transaction (both or neither).
     *
     * @throws se.vardval.core.service.UserError when the rulebook is missing or decided, or no earlier year has one
     */
    IndexationReport index(String careChoice, int year, Indexation indexation, boolean preview, String user);

    /** Every parameter that differs between two rulebooks, in document order, plus status and decision changes. */
    List<ParameterChange> diff(Rulebook before, Rulebook after);
}
