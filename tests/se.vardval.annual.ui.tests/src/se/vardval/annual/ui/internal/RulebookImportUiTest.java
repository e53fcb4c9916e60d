package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Waits;

/**
 * Importing a rulebook JSON file in Rulebooks by year on the demo's Hälsoval: a good file is stored and the navigator
 * told; a file the model rejects lists every problem, and one over a decided year, over a draft without Replace, of
 * another vårdval or by a read-only user is refused; nothing is stored on any error.
 */
class RulebookImportUiTest extends ViewHarness {

    @TempDir
    Path dir;

    private RulebookStore store;
    private RulebookService rulebooks;

    @BeforeEach
    void services() throws InterruptedException {
        store = DemoDatabase.service(RulebookStore.class);
        rulebooks = DemoDatabase.service(RulebookService.class);
    }

    @Test
    void aGoodFileIsStoredAndTheNavigatorTold() throws Exception {
        List<Object> changed = received(PartIds.DATA_CHANGED);
        RulebookYearsPart part = make(RulebookYearsPart.class);
        Path file = file("halsoval-2040.json", draftOf2021(2040, 2600));

        part.importJson(file);

        assertEquals("Importerat från halsoval-2040.json: förfrågningsunderlaget för 2040 (utkast); öppna det under"
                + " Förfrågningsunderlag.", status().getText());
        assertEquals(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND), status().getForeground());
        Rulebook stored = store.find(HALSOVAL, 2040).orElseThrow();
        assertEquals(RulebookStatus.DRAFT, stored.status());
        assertEquals(2600, stored.parameters().path("capitation").path("krPerPoint").intValue());
        assertEquals(store.find(HALSOVAL, 2021).orElseThrow().parameters().path("cni"),
                stored.parameters().path("cni"), "the rest as in the file");
        assertEquals("2040 (utkast)", widget("years.from", Combo.class).getItem(0));
        assertFalse(widget("years.importProblems", Table.class).isVisible());
        Waits.until(display, Duration.ofSeconds(5), "the navigator's event", () -> !changed.isEmpty());
        assertEquals(List.of(HALSOVAL), changed);
        save("annual-import-json");
    }

    @Test
    void aFileTheModelRejectsListsEveryProblemAndStoresNothing() throws Exception {
        List<Object> changed = received(PartIds.DATA_CHANGED);
        RulebookYearsPart part = make(RulebookYearsPart.class);
        Rulebook bad = draftOf2021(2041, -5);
        ((ObjectNode) bad.parameters().path("penalties")).set("krPerWeek", IntNode.valueOf(-100));
        ((ObjectNode) bad.parameters()).remove("patientFees");
        List<ParameterProblem> expected = rulebooks.validate(bad);
        assertTrue(expected.size() >= 3, expected.toString());

        part.importJson(file("halsoval-2041.json", bad));

        assertEquals("Inte importerat: modellen godtar inte halsoval-2041.json, " + expected.size() + " problem (se"
                + " listan); ingenting sparades.", status().getText());
        assertEquals(display.getSystemColor(SWT.COLOR_RED), status().getForeground());
        Table problems = widget("years.importProblems", Table.class);
        assertTrue(problems.isVisible());
        assertEquals(expected.size(), problems.getItemCount());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).path(), problems.getItem(i).getText(0));
            assertEquals(expected.get(i).reason(), problems.getItem(i).getText(1));
        }
        assertTrue(store.find(HALSOVAL, 2041).isEmpty(), "nothing stored");
        save("annual-import-json-problems");

        part.importJson(file("halsoval-2041.json", draftOf2021(2041, 2500)));
        assertFalse(problems.isVisible(), "a good file clears the list");
        assertEquals(2500, store.find(HALSOVAL, 2041).orElseThrow().parameters().path("capitation")
                .path("krPerPoint").intValue());
        Waits.settle(display, Duration.ofMillis(300));
        assertEquals(List.of(HALSOVAL), changed, "one event, for the stored file only");
    }

    @Test
    void aDecidedYearIsNeverReplacedAndADraftOnlyWithReplaceTicked() throws Exception {
        RulebookYearsPart part = make(RulebookYearsPart.class);
        Rulebook decided = store.find(HALSOVAL, 2020).orElseThrow();
        String decidedJson = rulebooks.exportJson(HALSOVAL, 2020);
        part.importJson(file("halsoval-2020.json", new Rulebook(HALSOVAL, decided.modelType(), 2020,
                RulebookStatus.DRAFT, null, decided.parameters())));
        assertEquals("Inte importerat: förfrågningsunderlaget för 2020 är beslutat (" + decided.decision() + ") och"
                + " kan inte ersättas.", status().getText());
        assertEquals(display.getSystemColor(SWT.COLOR_RED), status().getForeground());
        save("annual-import-json-decided");
        part.importJson(Files.writeString(dir.resolve("beslutat.json"), decidedJson));
        assertEquals("Inte importerat: förfrågningsunderlaget för 2020 är beslutat (" + decided.decision() + ") och"
                + " kan inte ersättas.", status().getText(), "even the decided document itself");
        assertEquals(decidedJson, rulebooks.exportJson(HALSOVAL, 2020), "unchanged");

        part.importJson(file("halsoval-2042.json", draftOf2021(2042, 2700)));
        part.importJson(file("halsoval-2042-ny.json", draftOf2021(2042, 2800)));
        assertEquals("Inte importerat: det finns redan ett utkast för 2042; kryssa i Ersätt ett befintligt utkast för"
                + " att ersätta det med halsoval-2042-ny.json.", status().getText());
        assertEquals(2700, krPerPoint(2042), "kept");
        click("years.replace");
        part.importJson(dir.resolve("halsoval-2042-ny.json"));
        assertEquals(2800, krPerPoint(2042), "replaced when asked");
    }

    @Test
    void aFileOfAnotherVardvalOrNotARulebookIsRefused() throws Exception {
        RulebookYearsPart part = make(RulebookYearsPart.class);
        Rulebook other = draftOf2021(2043, 2600);
        part.importJson(file("fotvard-2043.json", new Rulebook("fotvard", "fotvard", 2043, RulebookStatus.DRAFT,
                null, other.parameters())));
        assertEquals("Inte importerat: fotvard-2043.json är ett förfrågningsunderlag för fotvard, inte för halsoval.",
                status().getText());
        part.importJson(Files.writeString(dir.resolve("trasig.json"), "{\"careChoice\": \"halsoval\",\n\"year\": }"));
        assertTrue(status().getText().startsWith("Inte importerat: trasig.json: förfrågningsunderlaget avvisades:"
                + " ogiltig JSON på rad 2"), status().getText());
        part.importJson(dir.resolve("saknas.json"));
        assertTrue(status().getText().startsWith("Inte importerat: saknas.json kunde inte läsas"), status().getText());
        assertTrue(store.find(HALSOVAL, 2043).isEmpty() && store.find("fotvard", 2043).isEmpty());
    }

    @Test
    void aReadOnlyUserIsRefusedByTheService() throws Exception {
        DemoDatabase.readOnlyUser();
        actAs("olle");
        RulebookYearsPart part = make(RulebookYearsPart.class);
        part.importJson(file("halsoval-2044.json", draftOf2021(2044, 2600)));
        assertEquals("Inte importerat: halsoval-2044.json: olle får inte redigera förfrågningsunderlag i halsoval:"
                + " det kräver rollen administratör för halsoval;"
                + " olle är läsbehörig", status().getText());
        assertTrue(store.find(HALSOVAL, 2044).isEmpty());
    }

    /** The demo's 2021 draft as the draft of another year, with its capitation rate set. */
    private Rulebook draftOf2021(int year, int krPerPoint) {
        Rulebook draft = store.find(HALSOVAL, 2021).orElseThrow();
        ObjectNode parameters = (ObjectNode) draft.parameters().deepCopy();
        ((ObjectNode) parameters.path("capitation")).set("krPerPoint", IntNode.valueOf(krPerPoint));
        return new Rulebook(HALSOVAL, draft.modelType(), year, RulebookStatus.DRAFT, null, parameters);
    }

    private Path file(String name, Rulebook rulebook) throws Exception {
        return Files.writeString(dir.resolve(name), rulebooks.toJson(rulebook), StandardCharsets.UTF_8);
    }

    private int krPerPoint(int year) {
        return store.find(HALSOVAL, year).orElseThrow().parameters().path("capitation").path("krPerPoint").intValue();
    }

    private Label status() {
        return widget("years.draftStatus", Label.class);
    }
}
