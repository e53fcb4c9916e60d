package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import se.vardval.core.security.UserDirectory;

/**
 * Who acts on the command line: the demo administrator or a named user on the embedded database, and on a shared
 * database only a user with the right password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersAndLoginTest {

    private CliRunner cli;
    private UserDirectory users;

    @BeforeAll
    void start() throws InterruptedException {
        cli = new CliRunner();
        users = TestUsers.seed();
    }

    @Test
    void theEmbeddedDatabaseOpensAsTheDemoAdministrator() {
        String list = cli.ok("user", "list");
        assertTrue(list.contains(String.format("%-20s %s%n", "demo", "administratör för alla vårdval")), list);
        assertTrue(list.contains(String.format("%-20s %s%n", "olle", "läsbehörig")), list);
        assertTrue(list.contains(String.format("%-20s %s%n", "anna",
                "administratör för halsoval, attestant för halsoval")), list);
    }

    @Test
    void aRoleThatDoesNotAllowTheWriteIsRefusedInOneLine() {
        CliRunner.Outcome refused = cli.run("--user", "olle", "run", "halsoval", "2020-03");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval run: olle får inte beräkna ersättningar i halsoval: det kräver rollen administratör för"
                + " halsoval; olle är läsbehörig",
                refused.err().strip());
        assertEquals(1, cli.run("--user", "olle", "user", "list").exitCode());
        assertEquals(1, cli.run("--user", "anna", "user", "grant", "olle", "--role", "APPROVER").exitCode());
    }

    @Test
    void anUnknownUserIsRefusedBeforeAnyCommand() {
        CliRunner.Outcome refused = cli.run("--user", "nobody", "models");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval models: det finns ingen användare 'nobody' i den här databasen", refused.err().strip());
    }

    @Test
    void grantsAndRevokesAreAuditedWithoutPasswordHashes() {
        assertEquals("olle är attestant för halsoval, läsbehörig\n",
                cli.ok("user", "grant", "olle", "--role", "APPROVER", "--care-choice", "halsoval"));
        assertEquals("olle är läsbehörig\n", cli.ok("user", "revoke", "olle", "--role", "APPROVER", "--care-choice",
                "halsoval"));
        String audit = cli.ok("audit", "--entity", "user", "--limit", "50");
        assertTrue(audit.contains("GRANT") && audit.contains("REVOKE") && audit.contains("olle"), audit);
        assertTrue(!audit.contains("argon2") && !audit.contains(TestUsers.PASSWORD), audit);
    }

    @Test
    void aSharedDatabaseNeedsTheUserAndTheRightPassword() {
        CliRunner wrong = shared("not-the-password");
        CliRunner.Outcome refused = wrong.run("--user", "anna", "models");
        assertEquals(1, refused.exitCode());
        assertEquals("vardval models: okänd användare eller fel lösenord", refused.err().strip());
        assertEquals(1, wrong.run("--user", "nobody", "models").exitCode());
        CliRunner.Outcome anonymous = wrong.run("models");
        assertEquals(1, anonymous.exitCode());
        assertTrue(anonymous.err().contains("kräver --user"), anonymous.err());

        assertEquals(0, shared(TestUsers.PASSWORD).run("--user", "anna", "models").exitCode());
    }

    /** The command line on this database as if it were shared: passwords required, read from the given one. */
    private CliRunner shared(String password) {
        UserDirectory sharedUsers = (UserDirectory) Proxy.newProxyInstance(UserDirectory.class.getClassLoader(),
                new Class<?>[] { UserDirectory.class }, (proxy, method, args) -> {
                    if (method.getName().equals("passwordRequired")) {
                        return true;
                    }
                    try {
                        return method.invoke(users, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Passwords typed = new Passwords() {
            @Override
            public char[] login(String user) {
                return password.toCharArray();
            }

            @Override
            public char[] newPassword(String user) {
                return password.toCharArray();
            }
        };
        return new CliRunner(new Commands(cli.services().withUsers(sharedUsers, typed)));
    }
}
