package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.node.IntNode;

import se.vardval.cli.testing.CliRunner;
import se.vardval.annual.BudgetCalibration;
import se.vardval.annual.Calibration;
import se.vardval.annual.ComponentShare;
import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DistributionBasis;
import se.vardval.annual.Indexation;
import se.vardval.annual.RulebookYears;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.Scenarios;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.UserError;

/**
 * The annual services check the acting user's role themselves, before they look at any rulebook, scenario or
 * proposal.
 */
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
        assertEquals("olle får inte redigera förfrågningsunderlag i halsoval: det kräver rollen administratör för"
                + " halsoval; olle är"
                + " läsbehörig", assertThrows(UserError.class,
                () -> years.draft("halsoval", 2031, 2030, false, "olle")).getMessage());
        assertEquals("pia får inte redigera förfrågningsunderlag i halsoval: det kräver rollen administratör för"
                + " halsoval; pia är attestant för"
                + " halsoval", assertThrows(
                UserError.class, () -> years.set("halsoval", 2031, "x", IntNode.valueOf(1), "pia")).getMessage());
        Indexation lpik = new Indexation(new BigDecimal("2.0"), false, Set.of());
        assertEquals("olle får inte redigera förfrågningsunderlag i halsoval: det kräver rollen administratör för"
                + " halsoval; olle är"
                + " läsbehörig", assertThrows(UserError.class,
                () -> years.index("halsoval", 2031, lpik, false, "olle")).getMessage());
        assertEquals("det finns inget förfrågningsunderlag för halsoval 2031", assertThrows(UserError.class,
                () -> years.index("halsoval", 2031, lpik, true, "olle")).getMessage(), "a preview only reads");
        assertEquals("det finns inget förfrågningsunderlag för halsoval 2030", assertThrows(UserError.class,
                () -> years.draft("halsoval", 2031, 2030, false, "demo")).getMessage(), "the administrator passes");
    }

    @Test
    void onlyAnAdministratorCalibratesSavesScenariosAndProposesOrDecidesPayments() throws InterruptedException {
        Calibration calibration = new Calibration(new BigDecimal("1000"), YearMonth.of(2030, 1),
                List.of(new ComponentShare("CNI", new BigDecimal("100"))), null);
        assertEquals("olle får inte redigera förfrågningsunderlag i halsoval: det kräver rollen administratör för"
                + " halsoval; olle är"
                + " läsbehörig", assertThrows(UserError.class,
                () -> CliRunner.service(BudgetCalibration.class).calibrate("halsoval", 2031, calibration, false,
                        "olle")).getMessage());
        ScenarioComparison comparison = new ScenarioComparison("halsoval", YearMonth.of(2030, 1), List.of(),
                List.of());
        assertEquals("pia får inte redigera förfrågningsunderlag i halsoval: det kräver rollen administratör för"
                + " halsoval; pia är attestant för"
                + " halsoval", assertThrows(
                UserError.class, () -> CliRunner.service(Scenarios.class).save("s", List.of(), comparison, "pia"))
                .getMessage());
        DeficitCompensations deficits = CliRunner.service(DeficitCompensations.class);
        DeficitInputs inputs = new DeficitInputs(DistributionBasis.PER_LISTED, false, List.of());
        assertEquals("olle får inte föreslå utbetalningar för beslut i halsoval: det kräver rollen administratör för"
                + " halsoval; olle är läsbehörig", assertThrows(
                UserError.class, () -> deficits.save("halsoval", 2030, inputs, "olle")).getMessage());
        assertEquals("pia får inte föreslå utbetalningar för beslut i halsoval: det kräver rollen administratör för"
                + " halsoval; pia är attestant för halsoval",
                assertThrows(UserError.class, () -> deficits.save("halsoval", 2030, inputs, "pia")).getMessage());
        assertEquals("pia får inte besluta utbetalningar i halsoval: det kräver rollen administratör för halsoval;"
                + " pia är attestant för halsoval", assertThrows(
                UserError.class, () -> deficits.decide("halsoval", 2030, "RS 1", YearMonth.of(2031, 3), "pia"))
                .getMessage());
        assertEquals("det finns inget sparat förslag till underskottskompensation för halsoval 2030; spara ett först",
                assertThrows(UserError.class,
                        () -> deficits.decide("halsoval", 2030, "RS 1", YearMonth.of(2031, 3), "demo")).getMessage(),
                "the administrator passes");
    }
}
