package se.vardval.persistence.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import se.vardval.persistence.Databases;

/** The workbench database as a {@link DataSource} service, configured from system properties or the environment. */
@Component(service = DataSource.class, property = "vardval.db=workbench")
public class DataSourceComponent implements DataSource {

    private final DataSource target;

    /** Opens the configured database (no connection is made until one is asked for). */
    @Activate
    public DataSourceComponent() {
        DatabaseSettings settings = DatabaseSettings.from(System::getProperty, System::getenv);
        target = Databases.open(settings.url(), settings.user(), settings.password());
    }

    @Deactivate
    void deactivate() {
        Databases.close(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
