package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import javax.sql.DataSource;

import se.vardval.core.domain.PersonId;

/** Small conversions shared by the JDBC code: dates, nullable values, numbers as users read them, failures. */
public final class Jdbc {

    /** Rows read per round trip when streaming. */
    public static final int FETCH_SIZE = 5_000;

    private static final int PERSON_DIGITS = 12;

    private Jdbc() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {

        /** The row as a value. */
        T map(ResultSet rs) throws SQLException;
    }

    /** Sets a date parameter, SQL NULL for null. */
    public static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    /**
     * A stored person id ({@link PersonId#value()}, 12 digits) as the number its column holds.
     *
     * @throws IllegalArgumentException when the text is not a stored person id
     */
    public static long personNumber(String personId) {
        long number = PersonId.storedNumber(personId);
        if (number < 0) {
            throw new IllegalArgumentException("not a stored person id: '" + personId + "'");
        }
        return number;
    }

    /** Sets a person parameter to the number its column holds ({@link #personNumber}), SQL NULL for null. */
    public static void setPersonNumber(PreparedStatement statement, int index, String personId) throws SQLException {
        if (personId == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, personNumber(personId));
        }
    }

    /**
     * Sets the parameter a person column is compared with: text that is no stored person id (a user's typing, say)
     * binds -1, which no stored person has.
     */
    public static void setPersonSought(PreparedStatement statement, int index, String personId) throws SQLException {
        statement.setLong(index, PersonId.storedNumber(personId));
    }

    /** A person column as the stored person id's 12 digits, null for SQL NULL. */
    public static String personId(ResultSet rs, int column) throws SQLException {
        long number = rs.getLong(column);
        return rs.wasNull() ? null : twelveDigits(number);
    }

    /** A person column as the stored person id's 12 digits, null for SQL NULL. */
    public static String personId(ResultSet rs, String column) throws SQLException {
        return personId(rs, rs.findColumn(column));
    }

    private static String twelveDigits(long number) {
        String digits = Long.toString(number);
        return digits.length() >= PERSON_DIGITS ? digits : "0".repeat(PERSON_DIGITS - digits.length()) + digits;
    }

    /** A date column, null for SQL NULL; read as a {@link LocalDate} directly, without a time zone calendar. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A decimal without the trailing zeros a column's fixed scale adds (never in exponent form), or null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Empty text for null, for key columns that cannot be NULL. */
    public static String key(String value) {
        return value == null ? "" : value;
    }

    /** Null for empty text, the inverse of {@link #key}. */
    public static String fromKey(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Whether the data source is a PostgreSQL database (else it is the embedded H2). */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection);
        } catch (SQLException e) {
            throw failure("read the database", e);
        }
    }

    /** Whether the connection is to a PostgreSQL database (else to the embedded H2). */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    /** A readable runtime failure of a database operation. */
    public static IllegalStateException failure(String what, SQLException e) {
        SQLException next = e.getNextException();
        String detail = next != null && next.getMessage() != null ? e.getMessage() + " " + next.getMessage()
                : e.getMessage();
        return new IllegalStateException("Could not " + what + ": " + detail, e);
    }
}
