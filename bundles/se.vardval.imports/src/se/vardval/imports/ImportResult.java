package se.vardval.imports;

import java.util.List;

import se.vardval.core.store.FileProblem;

/**
 * The outcome of reading one file: how many data rows it had, every error found, sorted by line, and the SHA-256 of
 * its bytes in hexadecimal (null when it was read from a stream rather than a file). The file may be imported only
 * when there is no error. {@code type} is null for a file a plugin contributes.
 */
public record ImportResult(String file, ImportFileType type, long rows, List<FileProblem> errors, String sha256) {

    /** Copies the error list. */
    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** The outcome of reading a stream, whose bytes are not summed. */
    public ImportResult(String file, ImportFileType type, long rows, List<FileProblem> errors) {
        this(file, type, rows, errors, null);
    }

    /** The same outcome, of a file with the given SHA-256. */
    public ImportResult withSha256(String hex) {
        return new ImportResult(file, type, rows, errors, hex);
    }

    /** Whether the file is free of errors and its records may be kept. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
