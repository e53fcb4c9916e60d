package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.node.IntNode;

import se.vardval.cli.testing.CliRunner;
import se.vardval.annual.Indexation;
import se.vardval.annual.RulebookYears;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.UserError;

/** The rulebook year service checks the acting user's role itself, before it looks at any rulebook. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulebookYearsRolesTest {

    private RulebookYears years;

    @BeforeAll
    void seedUsers() throws InterruptedException {
        years = CliRunner.service(RulebookYears.class);
        UserDirectory users = CliRunner.service(UserDirectory.class);
        if (users.account("olle").isEmpty()) {
            users.add("olle", "test-password-1".toCharArray(), new RoleGrant(Role.READ_ONLY, null), "demo");
            users.add("pia", "test-password-1".toCharArray(), new RoleGrant(Role.APPROVER, "halsoval"), "demo");
        }
    }

    @Test
    void onlyAnAdministratorDraftsEditsOrIndexes() {
        assertEquals("olle may not edit rulebooks in halsoval: olle is read-only", assertThrows(UserError.class,
                () -> years.draft("halsoval", 2031, 2030, false, "olle")).getMessage());
        assertEquals("pia may not edit rulebooks in halsoval: pia is approver of halsoval", assertThrows(
                UserError.class, () -> years.set("halsoval", 2031, "x", IntNode.valueOf(1), "pia")).getMessage());
        Indexation lpik = new Indexation(new BigDecimal("2.0"), false, Set.of());
        assertEquals("olle may not edit rulebooks in halsoval: olle is read-only", assertThrows(UserError.class,
                () -> years.index("halsoval", 2031, lpik, false, "olle")).getMessage());
        assertEquals("no rulebook for halsoval 2031", assertThrows(UserError.class,
                () -> years.index("halsoval", 2031, lpik, true, "olle")).getMessage(), "a preview only reads");
        assertEquals("no rulebook for halsoval 2030", assertThrows(UserError.class,
                () -> years.draft("halsoval", 2031, 2030, false, "demo")).getMessage(), "the administrator passes");
    }
}
