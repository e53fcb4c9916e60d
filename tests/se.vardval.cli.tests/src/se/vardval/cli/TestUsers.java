package se.vardval.cli;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;

/**
 * The users the command-line tests act as, added by the embedded database's demo administrator: anna administers
 * Hälsoval and approves in it too (so that only attest stops her approving her own runs), bertil and cecilia approve,
 * olle reads.
 */
final class TestUsers {

    static final String PASSWORD = "test-password-1";

    private TestUsers() {
    }

    /** Adds the test users to the runtime's database where they are missing. */
    static synchronized UserDirectory seed() throws InterruptedException {
        ServiceTracker<UserDirectory, UserDirectory> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(TestUsers.class).getBundleContext(), UserDirectory.class, null);
        tracker.open();
        UserDirectory users = tracker.waitForService(30_000);
        tracker.close();
        add(users, "anna", Role.ADMINISTRATOR, "halsoval");
        users.grant("anna", new RoleGrant(Role.APPROVER, "halsoval"), "demo");
        add(users, "bertil", Role.APPROVER, null);
        add(users, "cecilia", Role.APPROVER, null);
        add(users, "olle", Role.READ_ONLY, null);
        return users;
    }

    private static void add(UserDirectory users, String name, Role role, String careChoice) {
        if (users.account(name).isEmpty()) {
            users.add(name, PASSWORD.toCharArray(), new RoleGrant(role, careChoice), "demo");
        }
    }
}
