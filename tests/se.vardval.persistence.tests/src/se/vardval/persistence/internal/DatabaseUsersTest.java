package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserAccount;
import se.vardval.core.service.UserError;

/** Users, passwords and role checks of the stores on every backend. */
class DatabaseUsersTest extends BackendTest {

    private static final char[] PASSWORD = "hemligt-lösenord".toCharArray();

    @ParameterizedTest
    @MethodSource("backends")
    void onlyTheRightPasswordAuthenticates(Backend backend) {
        DatabaseUsers users = backend.users();
        users.add("lena", PASSWORD, new RoleGrant(Role.APPROVER, "halsoval"), "anna");

        assertEquals("lena", users.authenticate("lena", PASSWORD).name());
        assertEquals("okänd användare eller fel lösenord",
                assertThrows(UserError.class, () -> users.authenticate("lena", "fel".toCharArray())).getMessage());
        assertEquals("okänd användare eller fel lösenord",
                assertThrows(UserError.class, () -> users.authenticate("ingen", PASSWORD)).getMessage());
        assertEquals(backend.toString().equals("PostgreSQL"), users.passwordRequired());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void changesToUsersAreAuditedWithoutTheHash(Backend backend) {
        DatabaseUsers users = backend.users();
        users.add("maja", PASSWORD, new RoleGrant(Role.READ_ONLY, null), "anna");
        users.grant("maja", new RoleGrant(Role.ADMINISTRATOR, "fotvard"), "anna");
        users.changePassword("maja", "nytt-lösenord-1".toCharArray(), "maja");
        UserAccount maja = users.revoke("maja", new RoleGrant(Role.READ_ONLY, null), "bertil");

        assertEquals(List.of(new RoleGrant(Role.ADMINISTRATOR, "fotvard")), maja.grants());
        List<AuditEntry> audit = new JpaAuditLog(backend.database()).entries("user", 50).stream()
                .filter(e -> e.entityKey().equals("maja")).toList();
        assertEquals(List.of("REVOKE", "PASSWORD", "GRANT", "CREATE"), audit.stream().map(AuditEntry::action).toList());
        assertEquals("bertil", audit.get(0).user());
        assertTrue(audit.stream().noneMatch(e -> String.valueOf(e.after()).contains("argon2")), audit.toString());
        assertTrue(audit.get(0).after().contains("\"grants\":[{\"role\":\"ADMINISTRATOR\",\"careChoice\":\"fotvard\"}]"),
                "the grants as JSON objects, not as text: " + audit.get(0).after());
        assertEquals("maja får inte administrera användare: det kräver rollen administratör för alla vårdval; maja är"
                + " administratör för"
                + " fotvard", assertThrows(UserError.class,
                () -> users.grant("maja", new RoleGrant(Role.APPROVER, null), "maja")).getMessage());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theStoresCheckTheRoleThemselves(Backend backend, @TempDir Path dir) throws Exception {
        DatabaseUsers users = backend.users();
        users.add("olle", PASSWORD, new RoleGrant(Role.READ_ONLY, null), "anna");
        users.add("pia", PASSWORD, new RoleGrant(Role.APPROVER, null), "anna");
        JpaMasterDataStore register = new JpaMasterDataStore(backend.database(), users);

        assertEquals("olle får inte ändra registret: det kräver rollen administratör; olle är läsbehörig",
                assertThrows(UserError.class,
                () -> register.saveProvider(new Provider("5560000019", "AB", Ownership.PRIVATE), "olle"))
                .getMessage());
        assertEquals("pia får inte ändra registret i halsoval: det kräver rollen administratör för halsoval; pia är"
                + " attestant för alla vårdval",
                assertThrows(UserError.class, () -> register.saveCareChoice(
                        new CareChoice("halsoval", "Hälsoval", "halsoval"), "pia")).getMessage());
        Path file = Files.writeString(dir.resolve("providers.csv"), "org_nr;name;ownership\n");
        assertEquals("pia får inte importera filer: det kräver rollen administratör; pia är attestant för alla"
                + " vårdval", assertThrows(UserError.class,
                () -> new DatabaseImportService(backend.database(), users).importFile(file, "pia", p -> {
                })).getMessage());
        assertTrue(register.providers().isEmpty());
    }
}
