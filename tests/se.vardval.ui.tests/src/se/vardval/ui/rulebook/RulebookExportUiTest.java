package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * Export JSON... in the generic rulebook editor: the demo's decided Hälsoval 2020 and its 2021 draft written as their
 * stored JSON documents, which read back as the same rulebooks; edits not saved yet are not written, and said so.
 */
class RulebookExportUiTest {

    @TempDir
    Path dir;

    private PartShell view;

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void writesADecidedRulebookAsStored() throws Exception {
        RulebookEditorPart editor = open(2020);
        assertTrue(view.widget("rulebook.exportJson", Button.class).isEnabled(), "a decided rulebook is exported");
        Path file = dir.resolve("halsoval-2020.json");

        editor.exportJson(file);

        RulebookService rulebooks = DemoDatabase.service(RulebookService.class);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(rulebooks.exportJson(DemoDatabase.CARE_CHOICE, 2020), json);
        Rulebook written = rulebooks.readJson(json);
        Rulebook stored = DemoDatabase.service(RulebookStore.class).find(DemoDatabase.CARE_CHOICE, 2020).orElseThrow();
        assertEquals(RulebookStatus.DECIDED, written.status());
        assertEquals(stored.decision(), written.decision());
        assertEquals(2453, written.parameters().path("capitation").path("krPerPoint").intValue());
        assertEquals("Skrev halsoval-2020.json.", status());
        view.save("rulebook-export-json");
    }

    @Test
    void writesADraftWithoutItsUnsavedEditsAndSaysSo() throws Exception {
        RulebookEditorPart editor = open(2021);
        RulebookService rulebooks = DemoDatabase.service(RulebookService.class);
        String stored = rulebooks.exportJson(DemoDatabase.CARE_CHOICE, 2021);
        view.widget("param:capitation.krPerPoint", Text.class).setText("9 999");
        assertTrue(view.context().get(MPart.class).isDirty());
        Path file = dir.resolve("halsoval-2021.json");

        editor.exportJson(file);

        assertEquals(stored, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(RulebookStatus.DRAFT, rulebooks.readJson(stored).status());
        assertEquals("Skrev halsoval-2021.json som det är sparat; ändringarna som inte är sparade är inte med.",
                status());

        Path nowhere = dir.resolve("saknas").resolve("halsoval-2021.json");
        editor.exportJson(nowhere);
        assertEquals("Inte exporterat: katalogen " + nowhere.getParent() + " finns inte.", status());
        assertFalse(Files.exists(nowhere));
    }

    private RulebookEditorPart open(int year) throws Exception {
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE, ClientTags.ITEM,
                Integer.toString(year)), 1280, 860);
        return view.make(RulebookEditorPart.class);
    }

    private String status() {
        return view.widget("rulebook.status", Label.class).getText();
    }
}
