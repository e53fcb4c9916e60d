package se.vardval.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports the CSV files of the data-formats contract. Each file is all-or-nothing: a file with a bad row changes
 * nothing and every bad row is reported as {@code file:line: column: reason}.
 */
public interface ImportService {

    /** The result of importing one file: rows stored, or the problems that rejected it. */
    record FileResult(String file, long rows, List<FileProblem> errors) {

        /** Whether the file was imported. */
        public boolean accepted() {
            return errors.isEmpty();
        }

        /** How many rows the errors name (see {@link FileProblem#rowsNamedBy}); 0 when the file was refused whole. */
        public long badRows() {
            return FileProblem.rowsNamedBy(errors);
        }
    }

    /**
     * What an import of a directory or of one file would read, in the order it reads them, and the CSV files of a
     * directory it does not know, for which it refuses the directory.
     */
    record Plan(List<Path> files, List<Path> unknown) {

        /** Copies the lists. */
        public Plan {
            files = List.copyOf(files);
            unknown = List.copyOf(unknown);
        }

        /** Whether the import will read anything: a known file, and in a directory no CSV file it does not know. */
        public boolean importable() {
            return !files.isEmpty() && unknown.isEmpty();
        }
    }

    /** Progress of an import: the file being read and how far it has come. */
    record Progress(String file, long rowsDone, long bytesDone, long bytesTotal) {
    }

    /**
     * The names of the files this import reads, in the order a directory is imported in: the data-formats contract's
     * ({@code providers.csv} … {@code penalties.csv}), then those plugins contribute ({@link ImportFileContribution}).
     */
    List<String> fileNames();

    /**
     * What {@link #importDirectory} (for a directory) or {@link #importFile} (for a file) would read, found by the same
     * rules: a file stands for one of {@link #fileNames()} by its name or that name with a suffix
     * ({@code listings-2020-03.csv}). Reads nothing of the files.
     *
     * @throws IOException when the directory cannot be listed
     */
    Plan plan(Path path) throws IOException;

    /**
     * Imports every known file of the directory in dependency order (providers before units before contracts ...) as
     * {@code user}; stops at the first rejected file, whose errors are in its result.
     *
     * @throws se.vardval.core.service.UserError when the user may not import
     */
    List<FileResult> importDirectory(Path directory, String user, Consumer<Progress> progress);

    /**
     * Imports one file as {@code user}, its type taken from its name (e.g. {@code listings.csv}).
     *
     * @throws se.vardval.core.service.UserError when the user may not import
     */
    FileResult importFile(Path file, String user, Consumer<Progress> progress);
}
