package se.vardval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A region's generated CSV files in a temporary directory of their own, which is deleted with them once they are
 * imported, whether or not the import succeeded: hundreds of megabytes at millions of persons.
 */
final class GeneratedFiles {

    /** Work done with a directory of generated files. */
    @FunctionalInterface
    interface Work<T> {
        T with(Path directory) throws IOException;
    }

    private GeneratedFiles() {
    }

    /** Does the work with a new temporary directory named from {@code prefix}, and deletes the directory after. */
    static <T> T inTemporaryDirectory(String prefix, Work<T> work) throws IOException {
        Path directory = Files.createTempDirectory(prefix);
        try {
            return work.with(directory);
        } finally {
            delete(directory);
        }
    }

    /** Deletes the directory with everything in it, the deepest first. */
    private static void delete(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
