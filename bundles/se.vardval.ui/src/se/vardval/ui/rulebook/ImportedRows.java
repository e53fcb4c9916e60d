package se.vardval.ui.rulebook;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.ParameterProblem;

/** Reading a table import's outcome: a bad row's {@code file:line: column: reason}, the rows of the new table. */
final class ImportedRows {

    private ImportedRows() {
    }

    /** A bad row as a problem whose path is {@code file:line: column}; a line of another form whole as its reason. */
    static ParameterProblem asProblem(String line) {
        int reason = line.indexOf(": ", line.indexOf(": ") + 2);
        return reason < 0 ? new ParameterProblem("", line)
                : new ParameterProblem(line.substring(0, reason), line.substring(reason + 2));
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
