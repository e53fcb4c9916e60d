package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * Small look-up queries of a run: while a stream runs through {@link #holding}, the look-ups its rows cause on the
 * same thread share one held connection (opening a PostgreSQL connection per look-up costs milliseconds); otherwise
 * each runs on a connection of its own.
 */
final class PointQueries {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> held = new ThreadLocal<>();

    PointQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs the work with a connection held for the look-ups it makes on this thread. */
    void holding(Runnable work) {
        if (held.get() != null) {
            work.run();
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            held.set(connection);
            work.run();
        } catch (SQLException e) {
            throw Jdbc.failure("read the database", e);
        } finally {
            held.remove();
        }
    }

    /** All rows of a small query. */
    <T> List<T> list(String sql, Streams.Binder binder, Jdbc.RowMapper<T> mapper) {
        Connection connection = held.get();
        if (connection == null) {
            return Streams.list(dataSource, sql, binder, mapper);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw Jdbc.failure("read the database", e);
        }
    }
}
