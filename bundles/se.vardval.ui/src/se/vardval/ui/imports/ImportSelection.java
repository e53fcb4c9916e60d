package se.vardval.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.vardval.core.store.ImportService;
import se.vardval.core.store.ImportService.Plan;

/**
 * What the user chose to import: a directory or one file, with what the import will read of it (the files' sizes
 * drive the progress bar) and the CSV files of a directory it does not know, as the import service plans it.
 */
public record ImportSelection(Path path, boolean directory, Plan plan) {

    /** The import's plan for the directory or file. */
    public static ImportSelection of(Path path, ImportService imports) throws IOException {
        return new ImportSelection(path, Files.isDirectory(path), imports.plan(path));
    }

    /** The files that will be read, in order. */
    public List<Path> files() {
        return plan.files();
    }

    /** The CSV files of a directory the import does not know. */
    public List<Path> unknown() {
        return plan.unknown();
    }

    /** Whether the import will read anything (see {@link Plan#importable()}). */
    public boolean importable() {
        return plan.importable();
    }

    /** The bytes to read in all. */
    public long bytes() throws IOException {
        long total = 0;
        for (Path file : files()) {
            total += Files.size(file);
        }
        return total;
    }
}
