/**
 * Reading and validating the region's CSV files of {@code data-formats.md}: an {@link se.vardval.imports.ImportSession}
 * per import streams each file's valid records to an {@link se.vardval.imports.ImportSink} and reports every bad row as
 * a {@link se.vardval.core.store.FileProblem} ({@code file:line: column: reason}).
 *
 * <p>
 * Imports are all-or-nothing per file; the persistence layer has two ways to get there:
 * <ol>
 * <li><b>One transaction</b> (recommended): open a transaction, read the file with a sink that upserts each record by
 * its natural key, commit when {@link se.vardval.imports.ImportResult#ok()} and roll back otherwise. After the first
 * error the sink receives no further records, but reading goes on so that every bad row is reported.</li>
 * <li><b>Two passes</b>: read once with a sink that ignores everything ({@code new ImportSink() {}}) to validate,
 * then, when the result is ok, read again in a fresh session with the loading sink.</li>
 * </ol>
 * Overlaps with stored listings are checked through {@link se.vardval.imports.ImportReferences#forEachStoredListing}
 * after the file's last row; the references of a file to what the same import defined earlier are resolved by the
 * session itself.
 */
package se.vardval.imports;
