package se.vardval.imports;

/**
 * One problem of an imported file: the file name, the physical line (the header is line 1; a record spanning lines
 * counts from its first), the column (or {@code row}/{@code header} when no single column is at fault) and a reason.
 */
public record ImportError(String file, long line, String column, String reason) {

    /** The report form {@code file:line: column: reason}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + column + ": " + reason;
    }
}
