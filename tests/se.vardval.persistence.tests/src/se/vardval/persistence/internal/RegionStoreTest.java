package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.service.UserError;

/** The region the database serves: registered, changed, audited, and refused to a read-only user. */
class RegionStoreTest extends BackendTest {

    @ParameterizedTest
    @MethodSource("backends")
    void theRegionIsRegisteredChangedAndAudited(Backend backend) {
        JpaRegionStore store = new JpaRegionStore(backend.database(), backend.users());
        Region jamtland = Region.of(County.JAMTLAND, "232100-0214");
        store.save(jamtland, "anna");
        assertEquals(Optional.of(jamtland), store.find());
        Region renamed = new Region(County.JAMTLAND, "Region Jämtland Härjedalen (RJH)", "2321000214");
        store.save(renamed, "bertil");
        assertEquals(Optional.of(renamed), store.find(), "one region, changed");

        List<AuditEntry> audited = new JpaAuditLog(backend.database()).entries("region", 10);
        assertEquals(List.of("UPDATE", "CREATE"), audited.stream().map(AuditEntry::action).toList());
        assertEquals("23", audited.get(0).entityKey());
        assertEquals(null, audited.get(1).before());
        assertEquals("{\"county\":\"JAMTLAND\",\"name\":\"Region Jämtland Härjedalen\",\"orgNr\":\"2321000214\"}",
                audited.get(1).after());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aReadOnlyUserCannotChangeTheRegion(Backend backend) {
        JpaRegionStore store = new JpaRegionStore(backend.database(), backend.users());
        Optional<Region> before = store.find();
        backend.users().add("olle", TestUsers.PASSWORD, new RoleGrant(Role.READ_ONLY, null), "anna");

        UserError refused = assertThrows(UserError.class,
                () -> store.save(Region.of(County.VASTERBOTTEN, "232100-0222"), "olle"));
        assertEquals("olle får inte ändra registret: det kräver rollen administratör; olle är läsbehörig",
                refused.getMessage());
        assertEquals(before, store.find(), "nothing changed");
    }
}
