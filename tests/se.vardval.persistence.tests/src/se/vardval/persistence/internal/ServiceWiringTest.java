package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.core.store.SchemaContribution;

/** The stores as OSGi services, wired by Declarative Services to the configured database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceWiringTest {

    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private BundleContext context;
    private ServiceRegistration<SchemaContribution> contribution;

    @BeforeAll
    void start() throws Exception {
        if (System.getProperty("vardval.db") == null) {
            System.setProperty("vardval.db", Files.createTempDirectory("vardval-ds-db").toString());
        }
        Bundle bundle = FrameworkUtil.getBundle(Database.class);
        if (bundle.getState() != Bundle.ACTIVE) {
            bundle.start(Bundle.START_TRANSIENT);
        }
        context = bundle.getBundleContext();
        ClassLoader loader = getClass().getClassLoader();
        contribution = context.registerService(SchemaContribution.class, new SchemaContribution() {
            @Override
            public String changelogPath() {
                return "db/test-plugin.changelog.yaml";
            }

            @Override
            public ClassLoader classLoader() {
                return loader;
            }
        }, null);
    }

    @AfterAll
    void stop() {
        contribution.unregister();
        trackers.forEach(ServiceTracker::close);
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        T service = tracker.waitForService(10_000);
        assertNotNull(service, type.getSimpleName() + " is not registered");
        return service;
    }

    @Test
    void everyStoreIsAServiceOnTheConfiguredDatabase() throws Exception {
        MasterDataStore masterData = service(MasterDataStore.class);
        assertNotNull(service(RulebookStore.class));
        assertNotNull(service(RunStore.class));
        assertNotNull(service(RunDataSource.class));
        assertNotNull(service(ImportService.class));
        AuditLog audit = service(AuditLog.class);
        assertNotNull(service(AccessControl.class));
        UserDirectory users = service(UserDirectory.class);
        if (users.account("anna").isEmpty()) {
            users.add("anna", TestUsers.PASSWORD, new RoleGrant(Role.ADMINISTRATOR, null), "demo");
        }

        masterData.saveCareChoice(new CareChoice("wiring", "Wiring", "halsoval"), "anna");

        assertTrue(masterData.careChoice("wiring").isPresent());
        assertEquals("anna", audit.entries("care_choice", 1).get(0).user());
    }

    @Test
    void pluginSchemaContributionsAreApplied() throws Exception {
        service(MasterDataStore.class).careChoices();
        DataSource dataSource = service(DataSource.class);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into test_plugin_note (id, note) values (1, 'from a plugin')");
            try (ResultSet rs = statement.executeQuery("select note from test_plugin_note where id = 1")) {
                assertTrue(rs.next());
                assertEquals("from a plugin", rs.getString(1));
            }
        }
    }
}
