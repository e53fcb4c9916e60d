package se.vardval.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import se.vardval.core.service.UserError;

/**
 * The files a command reads and writes, with a file the user named wrongly (missing, a directory, not UTF-8, in a
 * directory that does not exist or cannot be written) refused by its one-line reason instead of an internal error.
 */
final class CliFiles {

    /** Writes one file. */
    @FunctionalInterface
    interface Writing {
        void write(Path file) throws IOException;
    }

    private CliFiles() {
    }

    /** The text of a UTF-8 file the user named. */
    static String readText(Path file) {
        checkReadable(file);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("filen finns inte: " + file);
        } catch (CharacterCodingException e) {
            throw new UserError(file + " är inte UTF-8-text; spara den som UTF-8");
        } catch (IOException e) {
            throw new UserError("kan inte läsa " + file + ": " + reason(e));
        }
    }

    /** Refuses a file to read that is missing or a directory. */
    static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + " är en katalog, inte en fil");
        }
        if (!Files.exists(file)) {
            throw new UserError("filen finns inte: " + file);
        }
    }

    /**
     * Refuses a file to write, before anything is calculated or stored, that is a directory, lies in a directory
     * that does not exist, or cannot be written there (as in {@code /proc}); the check leaves an existing file as it
     * was and no new one behind.
     */
    static void checkWritable(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError("kan inte skriva " + file + ": det är en katalog");
        }
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UserError("kan inte skriva " + file + ": katalogen finns inte");
        }
        try {
            tryWriting(file);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** Writes the file, refusing one that cannot be written by the reason. */
    static void write(Path file, Writing writing) {
        checkWritable(file);
        try {
            writing.write(file);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /**
     * Opens an existing file for writing and closes it unchanged, or creates a missing one and deletes it again: the
     * only sure test, since a directory the user may write (or any, for root) can still refuse a new file.
     */
    private static void tryWriting(Path file) throws IOException {
        if (Files.exists(file)) {
            FileChannel.open(file, StandardOpenOption.WRITE).close();
        } else {
            Files.delete(Files.createFile(file));
        }
    }

    private static UserError cannotWrite(Path file, IOException e) {
        String message = "kan inte skriva " + file + ": " + reason(e);
        return e instanceof FileSystemException ? new UserError(message) : new UserError(message, e);
    }

    /** Creates the directory (and its parents) the user named, refusing a path that is a file or cannot be made. */
    static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            throw new UserError("kan inte skapa katalogen " + directory + ": " + e.getFile() + " finns och är ingen"
                    + " katalog");
        } catch (IOException e) {
            throw new UserError("kan inte skapa katalogen " + directory + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "åtkomst nekad";
        }
        if (e instanceof NoSuchFileException) {
            return "katalogen finns inte eller går inte att skriva i";
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
    }
}
