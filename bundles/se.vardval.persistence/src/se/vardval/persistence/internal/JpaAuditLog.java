package se.vardval.persistence.internal;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.TypedQuery;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.store.AuditLog;
import se.vardval.persistence.internal.jpa.AuditEntryEntity;

/** The audit log in the {@code audit_log} table. */
@Component
public class JpaAuditLog implements AuditLog {

    private final Database database;

    /** Uses the given database. */
    @Activate
    public JpaAuditLog(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void record(String user, String entity, String entityKey, String action, String before, String after) {
        database.write(em -> em.persist(
                new AuditEntryEntity(AuditTrail.now(), user, entity, entityKey, action, before, after)));
    }

    @Override
    public List<AuditEntry> entries(String entity, int limit) {
        return database.read(em -> {
            TypedQuery<AuditEntryEntity> query = entity == null
                    ? em.createNamedQuery("AuditEntry.all", AuditEntryEntity.class)
                    : em.createNamedQuery("AuditEntry.byEntity", AuditEntryEntity.class).setParameter("entity",
                            entity);
            return query.setMaxResults(limit).getResultList().stream().map(AuditEntryEntity::toRecord).toList();
        });
    }
}
