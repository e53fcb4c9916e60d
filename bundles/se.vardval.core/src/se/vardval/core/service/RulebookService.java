package se.vardval.core.service;

import java.nio.file.Path;
import java.util.List;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.Rulebook;

/** Imports, exports, validates and decides rulebooks, checking them against their model's schema. */
public interface RulebookService {

    /**
     * Reads a rulebook JSON document, validates it against its model and stores it as its year's rulebook, over the
     * year's draft only when {@code replace}.
     *
     * @throws UserError listing every problem when the document or its parameters are invalid, when the year has a
     *             draft and {@code replace} is false, or when the year's rulebook is decided
     */
    Rulebook importJson(String json, boolean replace, String user);

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

    /**
     * Reads a CSV table (e.g. a national fee schedule or a year's DRG weights) into the table parameter at
     * {@code parameter} (a dotted path such as {@code visitPrices} or {@code careNeed.areas}), replacing it, and
     * returns the rulebook with it without storing anything. An array of objects takes one row per line with a column
     * per field; a map of code to value takes the code in the first column and the value in the other(s). Each cell
     * takes the type of the table's current first row (else the model's default, else another rulebook of the
     * vårdval's).
     *
     * @throws RejectedFileError with every bad row ({@code file:line: column: reason})
     * @throws UserError when the parameter is no table or the file cannot be read
     */
    default Rulebook withTable(Rulebook rulebook, String parameter, Path csv) {
        throw new UnsupportedOperationException("this rulebook service cannot read tables");
    }

    /**
     * Imports a CSV table into a parameter of the DRAFT rulebook of {@code careChoice} and {@code year} as
     * {@link #withTable} reads it, and stores the draft if the model accepts the result; on any error nothing changes.
     *
     * @throws RejectedFileError with every bad row ({@code file:line: column: reason}; the model's problems with a
     *             row named by its line)
     * @throws UserError when the rulebook is missing or decided, or the user may not edit it
     */
    default Rulebook importTable(String careChoice, int year, String parameter, Path csv, String user) {
        throw new UnsupportedOperationException("this rulebook service cannot import tables");
    }

    /**
     * Every problem the model finds with the rulebook's parameters, and every {@code indexRounding} path that names
     * none of the annual rates the model indexes.
     */
    List<ParameterProblem> validate(Rulebook rulebook);

    /**
     * Decides a draft with its decision reference, after which it is immutable.
     *
     * @throws UserError when it does not exist, is already decided, or is invalid
     */
    Rulebook decide(String careChoice, int year, String decision, String user);
}
