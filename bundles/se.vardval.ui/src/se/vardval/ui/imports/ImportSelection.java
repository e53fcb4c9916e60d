package se.vardval.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import se.vardval.imports.ImportFileType;

/**
 * What the user chose to import: a directory (every file of the contract in it, in the order the import reads them) or
 * one file, with the files that will be read (their sizes drive the progress bar) and the CSV files of a directory that
 * the import does not know, for which it would refuse the directory.
 */
public record ImportSelection(Path path, boolean directory, List<Path> files, List<Path> unknown) {

    /** Copies the lists. */
    public ImportSelection {
        files = List.copyOf(files);
        unknown = List.copyOf(unknown);
    }

    /**
     * The selection of a directory or of one file, given the names of the files the import reads in their order
     * ({@link se.vardval.core.store.ImportService#fileNames()}); a file stands for one of them by its name or the name
     * with a suffix ({@code listings-2025-04.csv}), as the import itself reads names.
     */
    public static ImportSelection of(Path path, List<String> fileNames) throws IOException {
        if (!Files.isDirectory(path)) {
            boolean known = formatIndex(path, fileNames) >= 0;
            return new ImportSelection(path, false, known ? List.of(path) : List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<Path> unknown = new ArrayList<>();
        try (Stream<Path> entries = Files.list(path)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted().toList()) {
                if (formatIndex(file, fileNames) >= 0) {
                    files.add(file);
                } else if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    unknown.add(file);
                }
            }
        }
        files.sort(Comparator.comparingInt((Path f) -> formatIndex(f, fileNames)));
        return new ImportSelection(path, true, files, unknown);
    }

    /** Whether the import will read anything: a known file, and in a directory no CSV file it does not know. */
    public boolean importable() {
        return !files.isEmpty() && unknown.isEmpty();
    }

    /** The bytes to read in all. */
    public long bytes() throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    private static int formatIndex(Path file, List<String> fileNames) {
        String name = file.getFileName().toString();
        for (int i = 0; i < fileNames.size(); i++) {
            if (ImportFileType.standsFor(name, fileNames.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
