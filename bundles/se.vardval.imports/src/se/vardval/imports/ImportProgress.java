package se.vardval.imports;

/** Receives the progress of reading a big file, so that the CLI and the client can show it. */
@FunctionalInterface
public interface ImportProgress {

    /**
     * Called every few thousand rows and once at the end.
     *
     * @param rows the data rows read so far
     * @param bytesRead the bytes of the file consumed so far
     * @param totalBytes the file's size, or -1 when unknown
     */
    void update(long rows, long bytesRead, long totalBytes);
}
