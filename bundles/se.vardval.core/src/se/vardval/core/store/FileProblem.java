package se.vardval.core.store;

import java.util.List;
import java.util.Objects;

/**
 * One problem of a file a user hands in: at a line (the header is line 1; a record spanning lines counts from its
 * first) and a column ({@code row} or {@code header} when no single column is at fault), or of the file as a whole
 * (line 0, no column), with a reason the user can act on.
 */
public record FileProblem(String file, long line, String column, String reason) {

    /** Checks that a problem of the whole file names no column. */
    public FileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        if (line == 0 && column != null) {
            throw new IllegalArgumentException("a problem of the whole file has no column: " + column);
        }
    }

    /** A problem of the whole file: it cannot be read, is not one the import knows, or the database refused it. */
    public static FileProblem ofFile(String file, String reason) {
        return new FileProblem(file, 0, null, reason);
    }

    /** Whether the problem is at a line rather than of the whole file. */
    public boolean atLine() {
        return line > 0;
    }

    /** How many rows the problems name: a row with three problems counts once; a problem of a whole file none. */
    public static long rowsNamedBy(List<FileProblem> problems) {
        return problems.stream().filter(FileProblem::atLine).map(p -> p.file() + ":" + p.line()).distinct().count();
    }

    /** The report form {@code file:line: column: reason}, or {@code file: reason} for the whole file. */
    @Override
    public String toString() {
        return atLine() ? file + ":" + line + ": " + column + ": " + reason : file + ": " + reason;
    }
}
