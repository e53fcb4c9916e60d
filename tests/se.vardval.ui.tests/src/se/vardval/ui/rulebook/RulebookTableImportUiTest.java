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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * Importing a CSV table into the generic rulebook editor (the demo's Hälsoval 2021 draft, its targets): a good file
 * fills the table and leaves the draft to be saved, a file with bad rows lists each of them and changes nothing.
 */
class RulebookTableImportUiTest {

    private static final int YEAR = 2021;

    @TempDir
    Path dir;

    private PartShell view;
    private RulebookEditorPart editor;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE, ClientTags.ITEM,
                Integer.toString(YEAR)), 1280, 860);
        editor = view.make(RulebookEditorPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void aGoodFileFillsTheTableAndABadOneListsEveryBadRowAndChangesNothing() throws Exception {
        RulebookStore rulebooks = DemoDatabase.service(RulebookStore.class);
        Rulebook before = rulebooks.find(DemoDatabase.CARE_CHOICE, YEAR).orElseThrow();
        assertTrue(widget("rulebook.importTable", Button.class).isEnabled(), "a draft takes tables");
        Table targets = widget("param:targets", Table.class);

        Path bad = Files.writeString(dir.resolve("targets.csv"), """
                indicator;threshold;comparison;krPerListedPerYear
                CARE_GUARANTEE_3;0,85;AT_LEAST;60
                PHONE_ACCESS;hög;AT_LEAST;mycket
                PATIENT_SURVEY;0.8;AT_LEAST
                """, StandardCharsets.UTF_8);
        int rowsBefore = targets.getItemCount();
        editor.importTable("targets", bad);
        Table problems = widget("rulebook.problems", Table.class);
        assertEquals(3, problems.getItemCount(), "two errors on line 3, one on line 4");
        assertEquals("targets.csv:3: threshold", problems.getItem(0).getText(0));
        assertEquals("inte ett tal: 'hög'", problems.getItem(0).getText(1));
        assertEquals("targets.csv:3: krPerListedPerYear", problems.getItem(1).getText(0));
        assertEquals("targets.csv:4: row", problems.getItem(2).getText(0));
        assertEquals("Inte importerat: rader med fel i targets.csv: 2 (se listan); inget ändrat.", status());
        assertEquals(rowsBefore, widget("param:targets", Table.class).getItemCount());
        assertFalse(part().isDirty());
        view.save("rulebook-import-rejected");

        Path good = Files.writeString(dir.resolve("targets-2021.csv"), """
                indicator;threshold;comparison;krPerListedPerYear
                CARE_GUARANTEE_3;0,85;AT_LEAST;60
                PHONE_ACCESS;0,9;AT_LEAST;40
                ANTIBIOTICS;250;AT_MOST;25
                """, StandardCharsets.UTF_8);
        editor.importTable("targets", good);
        assertEquals(3, widget("param:targets", Table.class).getItemCount());
        assertEquals("targets ersatt från targets-2021.csv (3 rader); inte sparat ännu.", status());
        assertTrue(part().isDirty());
        assertEquals(before.parameters(), rulebooks.find(DemoDatabase.CARE_CHOICE, YEAR).orElseThrow().parameters(),
                "nothing is stored before Save");
        view.save("rulebook-import-table");
    }

    private MPart part() {
        return view.context().get(MPart.class);
    }

    private String status() {
        return widget("rulebook.status", Label.class).getText();
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
