package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.cli.testing.CliRunner;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.UserError;
import se.vardval.demo.DemoRegionGenerator;

/**
 * The components of a payment run by the names an administrator reads, on a generated region: a tilläggsuppdrag by
 * the name its contract rows give it, a target payment by its indicator's name in the follow-up's catalogue (offered
 * as a service), the deficit compensation by its name, the code itself where none names it, and which components
 * Hälsoval pays.
 */
class ComponentNamingTest {

    @TempDir
    static Path work;

    private static UnaryOperator<String> halsoval;

    @BeforeAll
    static void importRegion() throws Exception {
        CliRunner cli = new CliRunner();
        Path files = Files.createDirectories(work.resolve("region"));
        new DemoRegionGenerator(11, 3_000).writeTo(files);
        cli.run("care-choice", "halsoval", "--model", "halsoval", "--name", "Hälsoval");
        cli.ok("import", files.toString());
        halsoval = CliRunner.service(ComponentNaming.class).namesOf("halsoval");
    }

    @Test
    void aTillaggsuppdragByItsRegisteredName() {
        assertEquals("Tilläggsuppdrag Jourverksamhet i glesbygd", halsoval.apply("SUPPLEMENTARY_JOUR"));
        assertEquals("Tilläggsuppdrag Hälso- och sjukvård för asylsökande", halsoval.apply("SUPPLEMENTARY_ASYL"));
        assertEquals("Tilläggsuppdrag BVC", halsoval.apply("SUPPLEMENTARY_BVC"), "a code no contract row names");
    }

    @Test
    void aTargetPaymentByItsIndicatorsName() {
        assertEquals("Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)",
                halsoval.apply("TARGET_CARE_GUARANTEE_3"));
        assertEquals("Målrelaterad ersättning Kontinuitet hos läkare", halsoval.apply("TARGET_CONTINUITY_DOCTOR"));
        assertEquals("Målrelaterad ersättning DIABETES_HBA1C", halsoval.apply("TARGET_DIABETES_HBA1C"),
                "an indicator the catalogue does not know");
    }

    @Test
    void theDeficitCompensationByItsNameInEveryVardval() throws Exception {
        assertEquals("Underskottskompensation", halsoval.apply("DEFICIT_COMPENSATION"));
        assertEquals("Underskottskompensation",
                CliRunner.service(ComponentNaming.class).namesOf("okant").apply("DEFICIT_COMPENSATION"));
    }

    @Test
    void theComponentsHalsovalPaysAndThoseItDoesNot() throws Exception {
        ComponentNaming naming = CliRunner.service(ComponentNaming.class);
        List<String> codes = naming.componentCodesOf("halsoval");
        assertEquals(List.of("AGE_CAPITATION", "CNI", "COST_DRUGS"), codes.subList(0, 3));
        assertTrue(codes.containsAll(List.of("DEFICIT_COMPENSATION", "VAT_COMPENSATION", "VISIT_CHARGE")), codes
                .toString());
        naming.requireComponent("halsoval", "TARGET_CARE_GUARANTEE_3");
        naming.requireComponent("halsoval", "SUPPLEMENTARY_JOUR");
        naming.requireComponent("halsoval", "DEFICIT_COMPENSATION");
        UserError refused = assertThrows(UserError.class, () -> naming.requireComponent("halsoval", "TARGET_"));
        assertTrue(refused.getMessage().startsWith("ersättningsdelen TARGET_ betalas inte i vårdvalet halsoval;"),
                refused.getMessage());
    }

    @Test
    void theModelsOwnNamesAndAnUnknownVardvalsCodes() throws Exception {
        assertEquals("Åldersviktad vårdpeng", halsoval.apply("AGE_CAPITATION"));
        assertEquals("Kostnadsansvar läkemedel", halsoval.apply("COST_DRUGS"));
        assertEquals("TARGET_CARE_GUARANTEE_3",
                CliRunner.service(ComponentNaming.class).namesOf("okant").apply("TARGET_CARE_GUARANTEE_3"));
    }
}
