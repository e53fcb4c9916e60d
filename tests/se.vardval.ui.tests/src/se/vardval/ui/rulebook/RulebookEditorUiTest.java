package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * The generic rulebook editor on the demo's Hälsoval 2021 draft: fields built from the model's schema, a problem shown
 * on its field, saving refused while invalid, saved when valid, and a clear conflict when someone else saved first.
 */
class RulebookEditorUiTest {

    private static final int YEAR = 2021;

    private PartShell view;
    private RulebookStore rulebooks;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE, ClientTags.ITEM,
                Integer.toString(YEAR)), 1280, 860);
        rulebooks = DemoDatabase.service(RulebookStore.class);
        view.make(RulebookEditorPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void editsValidatesAndSavesADraftAndReportsAConflict() throws Exception {
        Rulebook before = rulebooks.find(DemoDatabase.CARE_CHOICE, YEAR).orElseThrow();
        assertEquals(RulebookStatus.DRAFT, before.status());
        Combo listingDay = widget("param:listingDay", Combo.class);
        assertTrue(listingDay.getItemCount() >= 3, "the listing day offers the model's choices");
        assertTrue(widget("param:capitation.ageWeights", Table.class).getItemCount() >= 21, "age bands");
        Text krPerPoint = widget("param:capitation.krPerPoint", Text.class);
        view.save("rulebook-editor");

        krPerPoint.setText("-5");
        Table problems = widget("rulebook.problems", Table.class);
        assertTrue(problems.getItemCount() > 0, "a negative rate is a problem");
        assertEquals("capitation.krPerPoint", problems.getItem(0).getText(0));
        assertEquals("får inte vara negativt (-5)", problems.getItem(0).getText(1));
        assertTrue(part().isDirty());
        view.save("rulebook-problem");
        click("rulebook.save");
        assertTrue(status().startsWith("Inte sparat"), status());
        assertEquals(before.parameters(), stored().parameters(), "nothing saved while invalid");

        krPerPoint.setText("2 600,5");
        assertEquals(0, problems.getItemCount(), status());
        click("rulebook.save");
        assertEquals("Sparat.", status());
        assertFalse(part().isDirty());
        assertEquals("2600.5", stored().parameters().path("capitation").path("krPerPoint").decimalValue()
                .toPlainString());

        ObjectNode theirs = stored().parameters().deepCopy();
        ((ObjectNode) theirs.path("capitation")).put("krPerPoint", 2700);
        rulebooks.save(new Rulebook(DemoDatabase.CARE_CHOICE, "halsoval", YEAR, RulebookStatus.DRAFT, null, theirs),
                DemoDatabase.otherAdministrator());
        krPerPoint.setText("2 650");
        click("rulebook.save");
        assertTrue(status().contains("någon annan"), status());
        assertEquals(2700, stored().parameters().path("capitation").path("krPerPoint").asInt(), "theirs stays");
        view.save("rulebook-conflict");
    }

    @Test
    void anIndexRoundingPathThatNamesNoAnnualRateIsAProblemAndNotSaved() throws Exception {
        Rulebook before = stored();
        ObjectNode mistyped = before.parameters().deepCopy();
        mistyped.putObject("indexRounding").put("capitation.krPerPiont", 2);
        rulebooks.save(new Rulebook(DemoDatabase.CARE_CHOICE, "halsoval", YEAR, RulebookStatus.DRAFT, null, mistyped),
                DemoDatabase.otherAdministrator());
        try {
            view.close();
            open();
            Table problems = widget("rulebook.problems", Table.class);
            assertEquals(1, problems.getItemCount(), status());
            assertEquals("indexRounding.capitation.krPerPiont", problems.getItem(0).getText(0));
            assertTrue(problems.getItem(0).getText(1).startsWith("ingen årlig ersättning"),
                    problems.getItem(0).getText(1));
            widget("param:capitation.krPerPoint", Text.class).setText("2 610");
            click("rulebook.save");
            assertTrue(status().startsWith("Inte sparat"), status());
            assertEquals(mistyped, stored().parameters(), "nothing saved while a rounding path is wrong");
        } finally {
            rulebooks.save(before, DemoDatabase.otherAdministrator());
        }
    }

    private MPart part() {
        return view.context().get(MPart.class);
    }

    private Rulebook stored() {
        return rulebooks.find(DemoDatabase.CARE_CHOICE, YEAR).orElseThrow();
    }

    private String status() {
        return widget("rulebook.status", Label.class).getText();
    }

    private void click(String key) {
        widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
