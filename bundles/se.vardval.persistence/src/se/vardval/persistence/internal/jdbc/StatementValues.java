package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Binds column values to the parameters of a prepared statement, from the one after a given parameter onwards. */
final class StatementValues implements ColumnValues {

    private final PreparedStatement statement;
    private int index;

    /** Binds from the parameter after {@code before} (0: from the first). */
    StatementValues(PreparedStatement statement, int before) {
        this.statement = statement;
        this.index = before;
    }

    @Override
    public void text(String value) throws SQLException {
        statement.setString(++index, value);
    }

    @Override
    public void personNumber(String value) throws SQLException {
        Jdbc.setPersonNumber(statement, ++index, value);
    }

    @Override
    public void date(LocalDate value) throws SQLException {
        Jdbc.setDate(statement, ++index, value);
    }

    @Override
    public void decimal(BigDecimal value) throws SQLException {
        statement.setBigDecimal(++index, value);
    }

    @Override
    public void integer(int value) throws SQLException {
        statement.setInt(++index, value);
    }

    @Override
    public void bigint(long value) throws SQLException {
        statement.setLong(++index, value);
    }

    @Override
    public void bool(boolean value) throws SQLException {
        statement.setBoolean(++index, value);
    }
}
