package se.vardval.persistence.internal;

import java.util.List;

import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;

/**
 * The users the tests act as, seeded into a test database: administrators of every vårdval for the register and
 * rulebook tests, the first one bootstrapped where the database has no user yet (PostgreSQL).
 */
final class TestUsers {

    static final char[] PASSWORD = "test-password-1".toCharArray();
    static final List<String> ADMINISTRATORS = List.of("anna", "bertil", "cecilia", "setup");

    private TestUsers() {
    }

    /** The database's users with the test administrators added where missing. */
    static DatabaseUsers seeded(Database database) {
        DatabaseUsers users = new DatabaseUsers(database);
        String acting = users.isEmpty() ? null : users.account("demo").isPresent() ? "demo" : ADMINISTRATORS.get(0);
        for (String name : ADMINISTRATORS) {
            if (users.account(name).isEmpty()) {
                users.add(name, PASSWORD, new RoleGrant(Role.ADMINISTRATOR, null), acting);
                acting = acting == null ? name : acting;
            }
        }
        return users;
    }
}
