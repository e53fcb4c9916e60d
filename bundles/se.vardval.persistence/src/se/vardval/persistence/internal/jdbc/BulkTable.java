package se.vardval.persistence.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of bulk data written and read by plain JDBC: its columns, the leading ones forming the natural key, and the
 * mapping of one record to and from a row.
 */
public abstract class BulkTable<T> {

    private final String name;
    private final List<String> columns;
    private final int keyColumns;

    /** A table whose first {@code keyColumns} columns are its natural key. */
    protected BulkTable(String name, int keyColumns, String... columns) {
        this.name = name;
        this.columns = List.of(columns);
        this.keyColumns = keyColumns;
    }

    /** The table name. */
    public String name() {
        return name;
    }

    /** The columns, comma separated, in the order {@link #bind} sets them and {@link #read} expects them. */
    public String columnList() {
        return String.join(", ", columns);
    }

    /** {@code insert into ... values (?, ...)}. */
    public String insertSql() {
        return "insert into " + name + " (" + columnList() + ") values ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /** {@code delete from ... where} natural key. */
    public String deleteByKeySql() {
        return "delete from " + name + " where "
                + columns.subList(0, keyColumns).stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
    }

    /** Sets every column of the insert statement from the record. */
    public abstract void bind(PreparedStatement insert, T row) throws SQLException;

    /** Sets the key columns of the delete statement, in column order. */
    public abstract void bindKey(PreparedStatement delete, T row) throws SQLException;

    /** The record of the current row, whose columns are named as in {@link #columnList()}. */
    public abstract T read(ResultSet rs) throws SQLException;
}
