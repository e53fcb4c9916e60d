package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class GeneratedFilesTest {

    @Test
    void theFilesAndTheirDirectoryAreGoneAfterTheWork() throws IOException {
        AtomicReference<Path> used = new AtomicReference<>();

        int rows = GeneratedFiles.inTemporaryDirectory("vardval-demo", directory -> {
            used.set(directory);
            Files.writeString(directory.resolve("persons.csv"), "person_id\n194304100011\n");
            Files.writeString(Files.createDirectory(directory.resolve("fotvard")).resolve("referrals.csv"), "");
            return Files.readAllLines(directory.resolve("persons.csv")).size() - 1;
        });

        assertEquals(1, rows);
        assertTrue(used.get().getFileName().toString().startsWith("vardval-demo"));
        assertFalse(Files.exists(used.get()));
    }

    @Test
    void theyAreGoneAlsoWhenTheWorkFails() {
        AtomicReference<Path> used = new AtomicReference<>();

        assertThrows(IOException.class, () -> GeneratedFiles.inTemporaryDirectory("vardval-demo", directory -> {
            used.set(directory);
            Files.writeString(directory.resolve("listings.csv"), "person_id;care_choice\n");
            throw new IOException("disk full");
        }));

        assertFalse(Files.exists(used.get()));
    }
}
