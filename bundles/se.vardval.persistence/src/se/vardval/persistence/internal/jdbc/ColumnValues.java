package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;

/** Receives the column values of one row in column order, to bind them to a statement or encode them for COPY. */
public interface ColumnValues {

    /** A text column; null for SQL NULL. */
    void text(String value) throws SQLException;

    /**
     * A person column: the 12-digit personnummer or samordningsnummer stored as a number ({@code bigint}), which the
     * database compares and sorts at half the cost of text; null for SQL NULL.
     */
    void personNumber(String value) throws SQLException;

    /** A date column; null for SQL NULL. */
    void date(LocalDate value) throws SQLException;

    /** A decimal column; null for SQL NULL. */
    void decimal(BigDecimal value) throws SQLException;

    /** An integer column. */
    void integer(int value) throws SQLException;

    /** A {@code bigint} column. */
    void bigint(long value) throws SQLException;

    /** A boolean column. */
    void bool(boolean value) throws SQLException;
}
