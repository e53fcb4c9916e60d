package se.vardval.ui.rulebook;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.store.FileProblem;

/** Reading a table import's outcome: a bad row as a problem of the form, the rows of the new table. */
final class ImportedRows {

    private ImportedRows() {
    }

    /** A problem of the file as one of the form, whose path is {@code file:line: column} (or the file's name). */
    static ParameterProblem asProblem(FileProblem problem) {
        return new ParameterProblem(problem.atLine() ? problem.file() + ":" + problem.line() + ": " + problem.column()
                : problem.file(), problem.reason());
    }

    /** How many rows or codes the table at the dotted path has. */
    static int count(JsonNode parameters, String path) {
        JsonNode node = parameters;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node.size();
    }
}
