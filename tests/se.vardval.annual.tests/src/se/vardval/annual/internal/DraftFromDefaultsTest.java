package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;

import se.vardval.annual.RulebookYears;
import se.vardval.cli.testing.CliRunner;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;

/**
 * The first rulebook of a vårdval without one, drafted from its model's defaults: the values are the model's, and an
 * existing draft is replaced only when asked, a decided year never, by an administrator only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftFromDefaultsTest {

    private static final String ADMINISTRATOR = "demo";
    private static final String READ_ONLY = "olle";

    private RulebookYears years;
    private RulebookStore store;
    private ModelCatalog models;
    private MasterDataStore masterData;

    @BeforeAll
    void services() throws InterruptedException {
        years = CliRunner.service(RulebookYears.class);
        store = CliRunner.service(RulebookStore.class);
        models = CliRunner.service(ModelCatalog.class);
        masterData = CliRunner.service(MasterDataStore.class);
        UserDirectory users = CliRunner.service(UserDirectory.class);
        if (users.account(READ_ONLY).isEmpty()) {
            users.add(READ_ONLY, "test-password-1".toCharArray(), new RoleGrant(Role.READ_ONLY, null), ADMINISTRATOR);
        }
    }

    @Test
    void everyInstalledModelsDefaultsMakeTheFirstDraftOfANewVardval() {
        assertFalse(models.models().isEmpty());
        for (ReimbursementModel model : models.models()) {
            String careChoice = register("forsta-" + model.modelType(), model.modelType());
            Rulebook draft = years.draftFromDefaults(careChoice, 2026, false, ADMINISTRATOR);
            Rulebook stored = store.find(careChoice, 2026).orElseThrow();
            assertSameValues(model.defaultParameters(), stored.parameters());
            assertSameValues(draft.parameters(), stored.parameters());
            assertEquals(model.modelType(), stored.modelType());
            assertEquals(RulebookStatus.DRAFT, stored.status());
            assertNull(stored.decision());
            assertEquals(1, store.list(careChoice).size());
        }
    }

    @Test
    void anExistingDraftIsReplacedOnlyWhenAskedAndADecidedYearNever() throws InterruptedException {
        String careChoice = register("nytt-halsoval", "halsoval");
        ReimbursementModel halsoval = models.model("halsoval").orElseThrow();
        years.draftFromDefaults(careChoice, 2027, false, ADMINISTRATOR);
        years.set(careChoice, 2027, "capitation.krPerPoint", IntNode.valueOf(3000), ADMINISTRATOR);

        assertEquals("förfrågningsunderlaget för nytt-halsoval 2027 finns redan som utkast; ersätt det uttryckligen"
                + " för att börja om från modellens standardvärden", assertThrows(UserError.class,
                        () -> years.draftFromDefaults(careChoice, 2027, false, ADMINISTRATOR)).getMessage());
        assertEquals(3000, krPerPoint(careChoice, 2027), "the edited draft is kept");

        years.draftFromDefaults(careChoice, 2027, true, ADMINISTRATOR);
        assertSameValues(halsoval.defaultParameters(), store.find(careChoice, 2027).orElseThrow().parameters());

        years.set(careChoice, 2027, "capitation.krPerPoint", IntNode.valueOf(3100), ADMINISTRATOR);
        CliRunner.service(RulebookService.class).decide(careChoice, 2027, "RS 2026-11-24 § 7", ADMINISTRATOR);
        assertEquals("förfrågningsunderlaget för nytt-halsoval 2027 är beslutat (RS 2026-11-24 § 7) och kan inte"
                + " ersättas", assertThrows(UserError.class,
                        () -> years.draftFromDefaults(careChoice, 2027, true, ADMINISTRATOR)).getMessage());
        Rulebook decided = store.find(careChoice, 2027).orElseThrow();
        assertEquals(RulebookStatus.DECIDED, decided.status());
        assertEquals(3100, krPerPoint(careChoice, 2027));
    }

    @Test
    void onlyAnAdministratorDraftsAndOnlyForARegisteredVardval() {
        String careChoice = register("las-halsoval", "halsoval");
        assertEquals("olle får inte redigera förfrågningsunderlag i las-halsoval: det kräver rollen administratör för "
                + "las-halsoval; olle är läsbehörig", assertThrows(UserError.class,
                        () -> years.draftFromDefaults(careChoice, 2026, false, READ_ONLY)).getMessage());
        assertTrue(store.list(careChoice).isEmpty(), "nothing stored");
        assertEquals("det finns inget vårdval 'okant'", assertThrows(UserError.class,
                () -> years.draftFromDefaults("okant", 2026, false, ADMINISTRATOR)).getMessage());
        assertTrue(store.list("okant").isEmpty());
    }

    @Test
    void aDraftIsCopiedOnlyFromAnEarlierYear() {
        String careChoice = register("kopia-halsoval", "halsoval");
        years.draftFromDefaults(careChoice, 2026, false, ADMINISTRATOR);
        for (int year : new int[] { 0, 2025, 2026 }) {
            assertEquals("ett utkast kopieras från ett tidigare år; 2026 är inte före " + year, assertThrows(
                    UserError.class, () -> years.draft(careChoice, year, 2026, false, ADMINISTRATOR)).getMessage());
        }
        assertEquals(1, store.list(careChoice).size(), "nothing stored");
        assertEquals(2027, years.draft(careChoice, 2027, 2026, false, ADMINISTRATOR).year());
    }

    /** The same parameters and values, a number being equal to the same number of another JSON number type. */
    private static void assertSameValues(JsonNode expected, JsonNode actual) {
        Comparator<JsonNode> byValue = (a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;
        assertTrue(expected.equals(byValue, actual), () -> "expected " + expected + "\n but was " + actual);
    }

    private String register(String id, String modelType) {
        masterData.saveCareChoice(new CareChoice(id, "Vårdval " + id, modelType), ADMINISTRATOR);
        return id;
    }

    private int krPerPoint(String careChoice, int year) {
        return store.find(careChoice, year).orElseThrow().parameters().path("capitation").path("krPerPoint")
                .intValue();
    }
}
