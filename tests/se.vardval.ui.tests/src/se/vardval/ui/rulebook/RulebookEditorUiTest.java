package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
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
import se.vardval.ui.parts.Widgets;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.PartContexts;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * The generic rulebook editor on the demo's Hälsoval 2021 draft: fields built from the model's schema, a problem shown
 * on its field, saving refused while invalid, saved when valid, and a clear conflict when someone else saved first.
 */
class RulebookEditorUiTest {

    private static final int YEAR = 2021;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private RulebookStore rulebooks;

    @BeforeEach
    void open() throws Exception {
        display = Displays.require();
        DemoDatabase.ensure();
        rulebooks = DemoDatabase.service(RulebookStore.class);
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1280, 860);
        context = PartContexts.create(shell, Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE,
                ClientTags.ITEM, Integer.toString(YEAR)));
        ContextInjectionFactory.make(RulebookEditorPart.class, context);
        shell.open();
        Waits.settle(display, Duration.ofMillis(300));
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.dispose();
        }
        if (shell != null) {
            shell.dispose();
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
        Waits.settle(display, Duration.ofMillis(200));
        Screens.save(shell, "rulebook-editor");

        krPerPoint.setText("-5");
        Table problems = widget("rulebook.problems", Table.class);
        assertTrue(problems.getItemCount() > 0, "a negative rate is a problem");
        assertEquals("capitation.krPerPoint", problems.getItem(0).getText(0));
        assertEquals("får inte vara negativt (-5)", problems.getItem(0).getText(1));
        assertTrue(part().isDirty());
        Waits.settle(display, Duration.ofMillis(200));
        Screens.save(shell, "rulebook-problem");
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
        Waits.settle(display, Duration.ofMillis(200));
        Screens.save(shell, "rulebook-conflict");
    }

    private MPart part() {
        return context.get(MPart.class);
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
        T widget = Widgets.find(shell, key, type);
        assertNotNull(widget, "no widget " + key);
        return widget;
    }
}
