package se.vardval.persistence.internal;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import se.vardval.core.store.ConcurrentChangeException;
import se.vardval.core.store.SchemaContribution;
import se.vardval.persistence.DatabaseUnavailableException;

/**
 * The prepared database: on first use it brings the schema up to date (the core changelog, then every plugin's
 * {@link SchemaContribution}) and opens the JPA entity manager factory; stores reach JDBC and JPA through it.
 */
@Component(service = Database.class)
public class Database {

    static final String CORE_CHANGELOG = "db/vardval.changelog.yaml";

    private final DataSource dataSource;
    private final List<SchemaContribution> contributions = new CopyOnWriteArrayList<>();
    private final Set<String> migrated = new HashSet<>();
    /** EclipseLink shares sessions by name: each database gets its own. */
    private final String sessionName = "se.vardval.persistence-" + UUID.randomUUID();
    private EntityManagerFactory factory;

    /** Uses the database of the data source; nothing is touched until first use. */
    @Activate
    public Database(@Reference(target = "(vardval.db=workbench)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A plugin's schema arrives: applied at once when the database is already in use, else at first use. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(SchemaContribution contribution) {
        contributions.add(contribution);
        synchronized (this) {
            if (factory != null) {
                migrate(contribution.changelogPath(), contribution.classLoader());
            }
        }
    }

    void removeContribution(SchemaContribution contribution) {
        contributions.remove(contribution);
    }

    /** Closes the entity manager factory. */
    @Deactivate
    public synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }

    /** The JDBC data source, with the schema up to date. */
    public DataSource dataSource() {
        factory();
        return dataSource;
    }

    /** Runs work in one JPA transaction, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            em.flush();
            tx.commit();
            return result;
        } catch (OptimisticLockException | RollbackException e) {
            throw isLockConflict(e) ? conflict(e) : e;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Runs work in one JPA transaction that returns nothing. */
    public void write(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs a read-only query with a fresh entity manager. */
    public <T> T read(Function<EntityManager, T> query) {
        EntityManager em = factory().createEntityManager();
        try {
            return query.apply(em);
        } finally {
            em.close();
        }
    }

    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static ConcurrentChangeException conflict(RuntimeException e) {
        Object entity = null;
        for (Throwable t = e; t != null && entity == null; t = t.getCause()) {
            if (t instanceof OptimisticLockException lock) {
                entity = lock.getEntity();
            } else if (t instanceof org.eclipse.persistence.exceptions.OptimisticLockException lock) {
                entity = lock.getObject();
            }
        }
        String what = entity == null ? "Raden" : entity.toString();
        return new ConcurrentChangeException(what + " ändrades av någon annan samtidigt; läs om den och gör ändringen"
                + " igen.", e);
    }

    private synchronized EntityManagerFactory factory() {
        if (factory == null) {
            migrate(CORE_CHANGELOG, Database.class.getClassLoader());
            for (SchemaContribution contribution : contributions) {
                migrate(contribution.changelogPath(), contribution.classLoader());
            }
            factory = new PersistenceProvider().createContainerEntityManagerFactory(new PersistenceUnit(dataSource),
                    Map.of(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE,
                            PersistenceUnitProperties.SESSION_NAME, sessionName,
                            PersistenceUnitProperties.WEAVING, "false",
                            PersistenceUnitProperties.LOGGING_LEVEL, "WARNING",
                            // bound values (personnummer among them) never reach a log or an exception message
                            PersistenceUnitProperties.LOGGING_PARAMETERS, "false",
                            PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false"));
        }
        return factory;
    }

    private void migrate(String changelogPath, ClassLoader loader) {
        if (!migrated.add(changelogPath)) {
            return;
        }
        try {
            SchemaMigration.update(dataSource, changelogPath, loader);
        } catch (SQLException e) {
            migrated.remove(changelogPath);
            throw new DatabaseUnavailableException(e.getMessage(), e);
        }
    }
}
