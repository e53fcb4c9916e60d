package se.vardval.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.ImportFileContribution;
import se.vardval.imports.internal.FileImporter;

/**
 * One import of one or more files: reads each file in a single streaming pass, hands its valid records to a sink and
 * reports every bad row. A file may refer to the keys (providers, units, contracts, persons) of error-free files read
 * earlier in the same session, so read a directory in {@link ImportFileType#importOrder()}. Not thread-safe.
 *
 * <p>
 * Checks: the header; each field; duplicate natural keys with other content within the file (an identical repeated
 * row is passed on once); overlapping listings within the file (kept as primitive intervals per person, about 60 bytes
 * a listing) and, after the last row, against the stored listings of {@link ImportReferences#forEachStoredListing};
 * references to units, providers, contracts, persons and vårdval; the keys of an activity's codes against those the
 * installed plugins declare ({@link ActivityCodeKeys}), each value by its declared form. The sink receives records
 * only while no error has been found, but a record it received may still be followed by an error (the file-wide
 * checks come at the end): whoever loads the records must keep them only when {@link ImportResult#ok()}, e.g. by
 * loading in one transaction and rolling it back otherwise.
 */
public final class ImportSession {

    private final FileImporter importer;

    /**
     * A session checking references against what the database holds and activities' codes against the keys the
     * installed plugins declare (taken as they are now: a plugin installed later counts from the next session).
     */
    public ImportSession(ImportReferences references, Collection<ActivityCodeKeys> codeKeys) {
        this.importer = new FileImporter(references, codeKeys);
    }

    /** Reads a file; its name is used in the error reports, and the result has the SHA-256 of its bytes. */
    public ImportResult read(Path file, ImportFileType type, ImportSink sink, ImportProgress progress)
            throws IOException {
        return summed(file, (name, in, size) -> read(name, in, size, type, sink, progress));
    }

    /** Reads a file a plugin contributes; its name is used in the error reports, as for the contract's files. */
    public ImportResult read(Path file, ImportFileContribution<?> contribution, ImportSink sink,
            ImportProgress progress) throws IOException {
        return summed(file, (name, in, size) -> read(name, in, size, contribution, sink, progress));
    }

    /** Reads a file through the reading given, summing its bytes on the way. */
    private static ImportResult summed(Path file, StreamReading reading) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            return reading.read(file.getFileName().toString(), in, Files.size(file))
                    .withSha256(HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** Reads a named stream of known length. */
    @FunctionalInterface
    private interface StreamReading {

        ImportResult read(String fileName, InputStream in, long totalBytes) throws IOException;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Reads a stream of a file a plugin contributes to its end without closing it. */
    public ImportResult read(String fileName, InputStream in, long totalBytes, ImportFileContribution<?> contribution,
            ImportSink sink, ImportProgress progress) throws IOException {
        return importer.read(fileName, in, totalBytes, contribution, sink, progress);
    }

    /**
     * Reads a stream to its end without closing it.
     *
     * @param fileName the name used in error reports
     * @param totalBytes the stream's length for progress reports, or -1 when unknown
     */
    public ImportResult read(String fileName, InputStream in, long totalBytes, ImportFileType type, ImportSink sink,
            ImportProgress progress) throws IOException {
        return importer.read(fileName, in, totalBytes, type, sink, progress);
    }
}
