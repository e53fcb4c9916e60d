package se.vardval.persistence.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Runs queries whose rows are streamed to a consumer: autocommit off and a fetch size, which PostgreSQL needs to use
 * a cursor instead of reading the whole result into memory. On PostgreSQL the cursor is planned for reading every row
 * ({@code cursor_tuple_fraction} 1): planned for its first tenth, the run's 2.4 M listings joined to their persons
 * were read by a merge join over both primary keys' random heap order in 29 s instead of a hash join's 5 s.
 */
public final class Streams {

    private Streams() {
    }

    /** Sets the parameters of a query. */
    @FunctionalInterface
    public interface Binder {

        /** Sets the parameters. */
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Streams each row of the query, mapped, to the sink on the calling thread; returns the number of rows. The rows
     * are read and mapped on a thread of their own ({@link RowPrefetch}) while the sink handles the rows before them,
     * so the mapper must not share unguarded state with the sink.
     */
    public static <T> long forEach(DataSource dataSource, String sql, Binder binder, Jdbc.RowMapper<T> mapper,
            Consumer<? super T> sink) {
        try (RowPrefetch<T> rows = RowPrefetch.start(dataSource, sql, binder, mapper)) {
            long count = 0;
            for (List<T> batch = rows.next(); batch != null; batch = rows.next()) {
                batch.forEach(sink);
                count += batch.size();
            }
            return count;
        }
    }

    /** All rows of a small query, read on the calling thread. */
    public static <T> List<T> list(DataSource dataSource, String sql, Binder binder, Jdbc.RowMapper<T> mapper) {
        List<T> rows = new ArrayList<>();
        try {
            read(dataSource, sql, binder, mapper, rows::add);
        } catch (SQLException e) {
            throw Jdbc.failure("read the database", e);
        }
        return rows;
    }

    /**
     * The groups of a {@code group by} over millions of rows into at most some hundred thousand groups, mapped, read
     * whole and without a cursor: PostgreSQL plans a query read through a cursor without parallel workers and for a
     * stream of rows, which made the listing day's groups (2.4 M listings into 117 000 groups) take several times as
     * long as the same query read whole. On PostgreSQL the transaction hashes the groups (sorting off, hash tables up
     * to eight times {@code work_mem}): the planner estimates the number of groups as the product of the grouped
     * columns' distinct values (2.3 M for the listing day's 117 000 groups) and then sorts the 2.4 M rows on disk,
     * which took 5.8–6.5 s where hashing them took 3.5–3.7 s. It also charges a tenth of the default for each row
     * parallel workers hand on (the planner's misestimate kept the 2.4 M joined listings on one process: 2.9–3.0 s
     * against 2.2–2.3 s with two workers joining them) and compiles no expressions (just-in-time compilation in the
     * leader and each worker cost 0.6–0.9 s of processor time for a query of two seconds).
     */
    public static <T> List<T> groups(DataSource dataSource, String sql, Binder binder, Jdbc.RowMapper<T> mapper) {
        return readWhole(dataSource, Streams::hashesGroups, sql, binder, mapper);
    }

    /**
     * All rows of a join of a few thousand rows to their rows in a big table by its index, read whole. On PostgreSQL
     * the transaction joins by nested loops of index look-ups and compiles no expressions: the planner cannot estimate
     * how many rows a range condition on another table's column matches (such as a person's range of listing keys),
     * takes it for a sizeable part of the table, and then hashes the whole table (0.3–0.5 s for 3 M listings where the
     * look-ups of 6 000 persons take 20–250 ms) or compiles and optimises the plan for billions of rows (about 0.5 s).
     */
    public static <T> List<T> lookedUp(DataSource dataSource, String sql, Binder binder, Jdbc.RowMapper<T> mapper) {
        return readWhole(dataSource, Streams::looksUpByIndex, sql, binder, mapper);
    }

    /** The rows of the query read whole in a transaction of its own, rolled back, prepared by {@code settings}. */
    private static <T> List<T> readWhole(DataSource dataSource, Settings settings, String sql, Binder binder,
            Jdbc.RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (Jdbc.isPostgres(connection)) {
                    try (Statement statement = connection.createStatement()) {
                        settings.apply(statement);
                    }
                }
                return readWhole(connection, sql, binder, mapper);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Jdbc.failure("read the database", e);
        }
    }

    /** PostgreSQL settings local to a query's transaction. */
    @FunctionalInterface
    private interface Settings {

        void apply(Statement statement) throws SQLException;
    }

    private static <T> List<T> readWhole(Connection connection, String sql, Binder binder, Jdbc.RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
        }
        return rows;
    }

    /** Reads each row of the query, mapped, to the sink on the calling thread. */
    static <T> void read(DataSource dataSource, String sql, Binder binder, Jdbc.RowMapper<T> mapper,
            Consumer<? super T> sink) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            readsEveryRow(connection);
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(Jdbc.FETCH_SIZE);
                binder.bind(statement);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(mapper.map(rs));
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
    }

    private static void hashesGroups(Statement statement) throws SQLException {
        statement.execute("set local enable_sort = off");
        statement.execute("set local hash_mem_multiplier = 8");
        statement.execute("set local parallel_tuple_cost = 0.01");
        statement.execute("set local jit = off");
    }

    private static void looksUpByIndex(Statement statement) throws SQLException {
        statement.execute("set local enable_hashjoin = off");
        statement.execute("set local enable_mergejoin = off");
        statement.execute("set local jit = off");
    }

    private static void readsEveryRow(Connection connection) throws SQLException {
        if (Jdbc.isPostgres(connection)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local cursor_tuple_fraction = 1");
            }
        }
    }
}
