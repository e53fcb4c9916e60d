package se.vardval.imports;

import java.util.List;

import se.vardval.core.store.FileProblem;

/**
 * The outcome of reading one file: how many data rows it had and every error found, sorted by line. The file may be
 * imported only when there is no error. {@code type} is null for a file a plugin contributes.
 */
public record ImportResult(String file, ImportFileType type, long rows, List<FileProblem> errors) {

    /** Copies the error list. */
    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** Whether the file is free of errors and its records may be kept. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
