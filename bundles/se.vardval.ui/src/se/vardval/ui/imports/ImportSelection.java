package se.vardval.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.vardval.imports.ImportFileType;

/**
 * What the user chose to import: a directory (every file of the contract in it, in dependency order) or one file,
 * with the files that will be read and their sizes for the progress bar.
 */
public record ImportSelection(Path path, boolean directory, List<Path> files) {

    /**
     * The selection of a directory or of one file, given the names of the files the import reads in their order
     * ({@link se.vardval.core.store.ImportService#fileNames()}); unknown files are left out.
     */
    public static ImportSelection of(Path path, List<String> fileNames) throws IOException {
        List<Path> files = new ArrayList<>();
        boolean directory = Files.isDirectory(path);
        if (directory) {
            for (String name : fileNames) {
                Path file = path.resolve(name);
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } else if (fileNames.stream().anyMatch(n -> ImportFileType.standsFor(path.getFileName().toString(), n))) {
            files.add(path);
        }
        return new ImportSelection(path, directory, List.copyOf(files));
    }

    /** The bytes to read in all. */
    public long bytes() throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }
}
