package se.vardval.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The CSV files of a directory in the order they must be imported (by file type in
 * {@link ImportFileType#importOrder()}, then by name), and the names that are no file of the contract.
 */
public record ImportDirectory(List<ImportFile> files, List<Path> unrecognised) {

    /** A file and the type its name stands for. */
    public record ImportFile(Path path, ImportFileType type) {
    }

    /** Copies the lists. */
    public ImportDirectory {
        files = List.copyOf(files);
        unrecognised = List.copyOf(unrecognised);
    }

    /** Lists the regular files directly in the directory. */
    public static ImportDirectory scan(Path directory) throws IOException {
        List<ImportFile> files = new ArrayList<>();
        List<Path> unrecognised = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(Files::isRegularFile).sorted().forEach(path -> {
                Optional<ImportFileType> type = ImportFileType.forFileName(path.getFileName().toString());
                if (type.isPresent()) {
                    files.add(new ImportFile(path, type.get()));
                } else {
                    unrecognised.add(path);
                }
            });
        }
        files.sort(Comparator.comparing(ImportFile::type));
        return new ImportDirectory(files, unrecognised);
    }
}
