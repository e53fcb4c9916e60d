package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Plain SQL for the tests that look at or change the tables themselves. */
final class Sql {

    private Sql() {
    }

    /** Runs a statement. */
    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of the query's first row as a number (a count, say). */
    static long count(DataSource dataSource, String sql) throws SQLException {
        return longs(dataSource, sql).get(0);
    }

    /** The first column of every row of the query, as numbers. */
    static List<Long> longs(DataSource dataSource, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
