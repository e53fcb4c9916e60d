package se.vardval.persistence.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The data source of a {@code vardval.db} setting that names no database the workbench supports: it opens no
 * connection, and each attempt fails with the reason, so that the services start and the first use of the database
 * says what is wrong, as an unreachable server does.
 */
public final class UnsupportedDatabase implements DataSource {

    private final String url;
    private final String reason;

    /** A data source that refuses every connection to {@code url}, whose kind of database is not supported. */
    public UnsupportedDatabase(String url) {
        this(url, "Databas-URL:en '" + url
                + "' stöds inte: ange en katalog för den inbäddade databasen eller en jdbc:postgresql://-URL");
    }

    /** A data source that refuses every connection to {@code url} with the given reason. */
    public UnsupportedDatabase(String url, String reason) {
        this.url = url;
        this.reason = reason;
    }

    @Override
    public Connection getConnection() throws SQLException {
        throw new SQLException(reason, "08001");
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // nothing is ever logged: no connection is made
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // no connection is made, so there is nothing to time out
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper of " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }

    @Override
    public String toString() {
        return url;
    }
}
