package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.service.UserError;

/** The first user: the embedded database's demo administrator, or the bootstrapped administrator of a shared one. */
class FirstAdministratorTest extends BackendTest {

    private static final char[] PASSWORD = "hemligt-lösenord".toCharArray();

    @ParameterizedTest
    @MethodSource("backends")
    void onlyAnEmptySharedDatabaseTakesAFirstAdministratorWithoutLogin(Backend backend) {
        DatabaseUsers users = new DatabaseUsers(backend.database());
        if (users.passwordRequired()) {
            assertTrue(users.isEmpty(), "a shared database starts without users");
            assertThrows(UserError.class,
                    () -> users.add("first", PASSWORD, new RoleGrant(Role.APPROVER, null), null));
            users.add("first", PASSWORD, new RoleGrant(Role.ADMINISTRATOR, null), null);
        } else {
            assertEquals(List.of(new RoleGrant(Role.ADMINISTRATOR, null)),
                    users.account("demo").orElseThrow().grants(), "the embedded database's demo administrator");
        }
        assertFalse(users.isEmpty());
        assertThrows(UserError.class,
                () -> users.add("second", PASSWORD, new RoleGrant(Role.ADMINISTRATOR, null), null));
    }
}
