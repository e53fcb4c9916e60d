package se.vardval.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The database's own speed on the benchmark's data, the floors the product is measured against: its bulk load of a
 * listings file (PostgreSQL {@code COPY}, H2 {@code CSVREAD}), the same followed by a primary key over the listings'
 * natural key, and one SQL aggregate over the stored listings.
 */
final class DatabaseFloors {

    private static final String SCRATCH = "bench_listing_floor";
    private static final String KEY = "PRIMARY KEY (person_id, care_choice, valid_from)";

    private final DataSource dataSource;

    DatabaseFloors(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Bulk-loads the listings file into a scratch table with the database's own loader; returns the rows loaded. */
    long bulkLoad(Path listingsCsv) throws SQLException, IOException {
        return load(listingsCsv, false);
    }

    /**
     * Bulk-loads the listings file as {@link #bulkLoad} does and then gives the scratch table a primary key over the
     * listings' natural key (person, vårdval, valid-from), the least the database itself spends to hold the listings
     * keyed by their columns (the listing table holds the same key as one number, {@code listing_key}).
     */
    long keyedBulkLoad(Path listingsCsv) throws SQLException, IOException {
        return load(listingsCsv, true);
    }

    private long load(Path listingsCsv, boolean keyed) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + SCRATCH);
            statement.execute("CREATE TABLE " + SCRATCH + " (person_id VARCHAR(13)" + personIdCollation(connection)
                    + " NOT NULL, "
                    + "care_choice VARCHAR(64) NOT NULL, hsa_id VARCHAR(64), valid_from DATE NOT NULL, valid_to DATE, "
                    + "assigned BOOLEAN)");
            long rows = isPostgres(connection) ? copy(connection, listingsCsv) : csvRead(statement, listingsCsv);
            if (keyed) {
                statement.execute("ALTER TABLE " + SCRATCH + " ADD " + KEY);
            }
            statement.execute("DROP TABLE " + SCRATCH);
            return rows;
        }
    }

    /**
     * The collation of the scratch table's person column as a clause (PostgreSQL: "C", byte by byte, the fastest key
     * over text it has; empty on H2): the file's person numbers are text ({@code YYYYMMDD-NNNN}), which the database's
     * loader takes as it is, where the listing table holds them as numbers.
     */
    private static String personIdCollation(Connection connection) throws SQLException {
        return isPostgres(connection) ? " COLLATE \"C\"" : "";
    }

    /**
     * Counts the persons listed on {@code day} in the given vårdval per vårdval, unit and five-year age band, as one
     * SQL statement over their listings (a run of several vårdval reads each one's listings once, and so does this).
     */
    long listedPerUnitAndAgeBand(List<String> careChoices, LocalDate day) throws SQLException {
        String age = "(CAST(TO_CHAR(CAST(? AS DATE), 'YYYYMMDD') AS INT) - CAST(TO_CHAR(p.birth_date, 'YYYYMMDD') AS INT))"
                + " / 10000";
        String sql = "SELECT l.care_choice, l.hsa_id, LEAST(" + age + " / 5, 20) AS band, COUNT(*) FROM listing l"
                + " JOIN person p ON p.person_id = l.person_id WHERE l.care_choice IN ("
                + String.join(", ", Collections.nCopies(careChoices.size(), "?")) + ")"
                + " AND l.valid_from <= ? AND (l.valid_to IS NULL OR l.valid_to >= ?)"
                + " GROUP BY l.care_choice, l.hsa_id, band";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Date date = Date.valueOf(day);
            int index = 1;
            statement.setDate(index++, date);
            for (String careChoice : careChoices) {
                statement.setString(index++, careChoice);
            }
            statement.setDate(index++, date);
            statement.setDate(index, date);
            long listed = 0;
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    listed += rs.getLong(4);
                }
            }
            return listed;
        }
    }

    /** The stored activities dated in the month, of every vårdval. */
    long activitiesIn(YearMonth month) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM activity WHERE activity_date BETWEEN ? AND ?")) {
            statement.setDate(1, Date.valueOf(month.atDay(1)));
            statement.setDate(2, Date.valueOf(month.atEndOfMonth()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the activities of " + month + " could not be counted: " + e.getMessage(),
                    e);
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
    }

    private static long copy(Connection connection, Path csv) throws SQLException, IOException {
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return copy.copyIn("COPY " + SCRATCH
                    + " FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true, NULL '')", reader);
        }
    }

    private static long csvRead(Statement statement, Path csv) throws SQLException {
        String file = csv.toAbsolutePath().toString().replace("'", "''");
        return statement.executeUpdate("INSERT INTO " + SCRATCH + " SELECT person_id, care_choice, hsa_id,"
                + " CAST(NULLIF(valid_from, '') AS DATE), CAST(NULLIF(valid_to, '') AS DATE),"
                + " CAST(COALESCE(NULLIF(assigned, ''), 'false') AS BOOLEAN)"
                + " FROM CSVREAD('" + file + "', NULL, 'charset=UTF-8 fieldSeparator=;')");
    }
}
