package se.vardval.core.service;

import java.util.List;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.Rulebook;

/** Imports, exports, validates and decides rulebooks, checking them against their model's schema. */
public interface RulebookService {

    /**
     * Reads a rulebook JSON document, validates it against its model and stores it.
     *
     * @throws UserError listing every problem when the document or its parameters are invalid
     */
    Rulebook importJson(String json, String user);

    /** The rulebook of a vårdval and year as a JSON document readable in a diff. */
    String exportJson(String careChoice, int year);

    /**
     * Reads a rulebook JSON document without storing it (e.g. a scenario file).
     *
     * @throws UserError when the document is not a rulebook
     */
    default Rulebook readJson(String json) {
        throw new UnsupportedOperationException("this rulebook service cannot read documents");
    }

    /** A rulebook as a JSON document readable in a diff. */
    default String toJson(Rulebook rulebook) {
        throw new UnsupportedOperationException("this rulebook service cannot write documents");
    }

    /** Every problem the model finds with the rulebook's parameters. */
    List<ParameterProblem> validate(Rulebook rulebook);

    /**
     * Decides a draft with its decision reference, after which it is immutable.
     *
     * @throws UserError when it does not exist, is already decided, or is invalid
     */
    Rulebook decide(String careChoice, int year, String decision, String user);
}
