package se.vardval.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserAccount;

/**
 * The users the engine tests act as: anna administers every vårdval, bertil and cecilia approve in the demo vårdval,
 * olle reads, and fotis administers another vårdval.
 */
final class TestUsers {

    private static final Map<String, UserAccount> USERS = Map.of(
            "anna", account("anna", Role.ADMINISTRATOR, null),
            "bertil", account("bertil", Role.APPROVER, "demo"),
            "cecilia", account("cecilia", Role.APPROVER, "demo"),
            "olle", account("olle", Role.READ_ONLY, null),
            "fotis", account("fotis", Role.ADMINISTRATOR, "fotvard"));

    /** Access control over {@link #USERS}. */
    static final AccessControl ACCESS = name -> Optional.ofNullable(USERS.get(name));

    private TestUsers() {
    }

    private static UserAccount account(String name, Role role, String careChoice) {
        return new UserAccount(name, List.of(new RoleGrant(role, careChoice)));
    }
}
