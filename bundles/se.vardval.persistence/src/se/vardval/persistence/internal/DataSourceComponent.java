package se.vardval.persistence.internal;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import se.vardval.persistence.Databases;

/** The workbench database as a {@link DataSource} service, configured from system properties or the environment. */
@Component(service = DataSource.class, property = "vardval.db=workbench")
public class DataSourceComponent extends ForwardingDataSource {

    /** Opens the configured database (no connection is made until one is asked for). */
    @Activate
    public DataSourceComponent() {
        super(open(DatabaseSettings.from(System::getProperty, System::getenv)));
    }

    private static DataSource open(DatabaseSettings settings) {
        return Databases.open(settings.url(), settings.user(), settings.password());
    }

    @Deactivate
    void deactivate() {
        Databases.close(target());
    }
}
