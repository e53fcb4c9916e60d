package se.vardval.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * A CSV file a plugin adds to the import formats (e.g. {@code referrals.csv}), registered as an OSGi service. The
 * import reads it by the common CSV rules (header, {@code ;}, every bad row {@code file:line: column: reason}), hands
 * each row to {@link #parse}, reports rows whose natural key repeats with other content, and stores an error-free file
 * through {@link #store} in the import's transaction; a file with a bad row changes nothing. A directory import reads
 * contributed files after the files of the data-formats contract, so they may refer to the persons and units imported
 * with them. The records of one file are held in memory until stored: meant for files of up to some hundred thousand
 * rows.
 *
 * @param <T> the record a row becomes
 */
public interface ImportFileContribution<T> {

    /** The file name, e.g. {@code referrals.csv}; that name with a suffix after {@code -} or {@code _} matches too. */
    String fileName();

    /** Every column in the order of its specification; other columns must start with {@code x_}. */
    List<String> columns();

    /** The columns the header must have. */
    Set<String> requiredColumns();

    /** Reads one row, reporting every bad field to it; the result is used only when the row has no error. */
    T parse(ImportRow row);

    /** The values that identify a record; a later row with the same key and other content is an error. */
    List<Object> naturalKey(T record);

    /**
     * Stores the records of an error-free file, replacing stored records with the same natural keys, on the
     * connection of the import's transaction (which the import commits, or rolls back when this throws).
     */
    void store(Connection connection, List<T> records) throws SQLException;
}
