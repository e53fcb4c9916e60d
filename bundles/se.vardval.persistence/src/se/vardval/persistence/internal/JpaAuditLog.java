package se.vardval.persistence.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.AuditQuery;
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
    public List<AuditEntry> entries(AuditQuery query) {
        query.requireDaysInOrder();
        return database.read(em -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<AuditEntryEntity> select = cb.createQuery(AuditEntryEntity.class);
            Root<AuditEntryEntity> entry = select.from(AuditEntryEntity.class);
            select.where(filters(cb, entry, query).toArray(Predicate[]::new))
                    .orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
            return em.createQuery(select).setMaxResults(query.limit()).getResultList().stream()
                    .map(AuditEntryEntity::toRecord).toList();
        });
    }

    @Override
    public List<AuditEntry> changesAfter(Instant after, Collection<String> entities) {
        return database.read(em -> em.createQuery("select a from AuditEntryEntity a where a.at > :after"
                + " and a.entity in :entities order by a.at, a.id", AuditEntryEntity.class)
                .setParameter("after", after).setParameter("entities", entities).getResultList().stream()
                .map(AuditEntryEntity::toRecord).toList());
    }

    @Override
    public Optional<AuditEntry> previous(AuditEntry entry) {
        return database.read(em -> em.createQuery("select a from AuditEntryEntity a where a.entity = :entity"
                + " and a.entityKey = :key and (a.at < :at or (a.at = :at and a.id < :id))"
                + " order by a.at desc, a.id desc",
                AuditEntryEntity.class).setParameter("entity", entry.entity()).setParameter("key", entry.entityKey())
                .setParameter("at", entry.at()).setParameter("id", entry.id()).setMaxResults(1).getResultList()
                .stream().map(AuditEntryEntity::toRecord).findFirst());
    }

    @Override
    public List<String> entityTypes() {
        return distinct("entity");
    }

    @Override
    public List<String> users() {
        return distinct("user");
    }

    private List<String> distinct(String attribute) {
        return database.read((EntityManager em) -> em.createQuery("select distinct a." + attribute
                + " from AuditEntryEntity a order by a." + attribute, String.class).getResultList());
    }

    private static List<Predicate> filters(CriteriaBuilder cb, Root<AuditEntryEntity> entry, AuditQuery query) {
        List<Predicate> filters = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        if (query.from() != null) {
            filters.add(cb.greaterThanOrEqualTo(entry.get("at"), query.from().atStartOfDay(zone).toInstant()));
        }
        if (query.to() != null) {
            filters.add(cb.lessThan(entry.get("at"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.user() != null) {
            filters.add(cb.equal(entry.get("user"), query.user()));
        }
        if (query.entity() != null) {
            filters.add(cb.equal(entry.get("entity"), query.entity()));
        }
        if (query.text() != null) {
            String pattern = "%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            filters.add(cb.or(contains(cb, entry.get("entityKey"), pattern), contains(cb, entry.get("before"), pattern),
                    contains(cb, entry.get("after"), pattern)));
        }
        return filters;
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> value, String pattern) {
        return cb.like(cb.lower(value), pattern, '\\');
    }
}
