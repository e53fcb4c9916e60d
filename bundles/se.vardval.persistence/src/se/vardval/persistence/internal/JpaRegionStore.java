package se.vardval.persistence.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.Region;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.store.RegionStore;
import se.vardval.persistence.internal.jpa.RegionEntity;

/**
 * The region in the one row of {@code region}; registered or changed only by those who may change the region-wide
 * register, and recorded in the audit log as entity {@code region}.
 */
@Component
public class JpaRegionStore implements RegionStore {

    private final Database database;
    private final AccessControl access;

    /** Uses the given database and access control. */
    @Activate
    public JpaRegionStore(@Reference Database database, @Reference AccessControl access) {
        this.database = database;
        this.access = access;
    }

    @Override
    public Optional<Region> find() {
        return database.read(em -> Optional.ofNullable(em.find(RegionEntity.class, RegionEntity.ONLY))
                .map(RegionEntity::toRecord));
    }

    @Override
    public void save(Region region, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        database.write(em -> {
            RegionEntity row = em.find(RegionEntity.class, RegionEntity.ONLY);
            Region before = row == null ? null : row.toRecord();
            if (row == null) {
                em.persist(new RegionEntity(region));
            } else {
                row.apply(region);
            }
            AuditTrail.record(em, user, "region", region.county().code(), row == null ? "CREATE" : "UPDATE", before,
                    region);
        });
    }
}
