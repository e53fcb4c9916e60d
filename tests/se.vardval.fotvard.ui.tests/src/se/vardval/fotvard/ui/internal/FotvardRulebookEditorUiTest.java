package se.vardval.fotvard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * The client's generic rulebook editor (created from its bundle as the workbench does) on a Medicinsk fotvård draft
 * copied from the demo's 2020 rulebook: the fees and quotas per risk group as fields, a problem on its field, and a
 * valid save.
 */
class FotvardRulebookEditorUiTest {

    private static final int YEAR = 2021;

    private PartShell view;
    private RulebookStore rulebooks;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, FootCareMarch.CARE_CHOICE, ClientTags.ITEM,
                Integer.toString(YEAR)), 1280, 900);
        FootCareMarch.ensure();
        rulebooks = DemoDatabase.service(RulebookStore.class);
        DemoDatabase.draft(FootCareMarch.CARE_CHOICE, 2020, YEAR);
        view.makeClientPart("se.vardval.ui.rulebook.RulebookEditorPart");
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void fotvardsParametersAreEditedByTheGenericEditor() throws Exception {
        assertEquals("480", widget("param:fees.2", Text.class).getText());
        assertEquals("640", widget("param:fees.4", Text.class).getText());
        assertEquals("6", widget("param:maxTreatmentsPerYear.4", Text.class).getText());
        assertEquals("18", widget("param:minAge", Text.class).getText());
        view.save("fotvard-rulebook-editor");

        widget("param:fees.3", Text.class).setText("-5");
        Table problems = widget("rulebook.problems", Table.class);
        assertEquals("fees.3", problems.getItem(0).getText(0));
        assertEquals("får inte vara negativt (-5)", problems.getItem(0).getText(1));
        view.save("fotvard-rulebook-problem");

        widget("param:fees.3", Text.class).setText("580");
        assertEquals(0, problems.getItemCount());
        widget("rulebook.save", Button.class).notifyListeners(SWT.Selection, new Event());
        assertEquals("Sparat.", widget("rulebook.status", Label.class).getText());
        assertEquals(580, rulebooks.find(FootCareMarch.CARE_CHOICE, YEAR).orElseThrow().parameters().path("fees")
                .path("3").intValue());
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
