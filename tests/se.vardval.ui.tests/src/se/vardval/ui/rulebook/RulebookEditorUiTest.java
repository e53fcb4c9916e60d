package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
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
import se.vardval.ui.testing.Waits;

/**
 * The generic rulebook editor on the demo's Hälsoval 2021 draft: fields built from the model's schema, a problem shown
 * on its field, saving refused while invalid, saved when valid, and a clear conflict when someone else saved first; a
 * cell given no number says so, the problem list counts table rows from 1, and reloading asks before dropping edits;
 * the choices of an enumerated parameter read as the model's captions name them.
 */
class RulebookEditorUiTest {

    private static final int YEAR = 2021;
    /** The buttons of a question dialog, which carry their position as their data. */
    private static final int YES = 0;
    private static final int NO = 1;

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

    @Test
    void aBadCellIsSaidProblemsCountRowsFromOneAndReloadAsksBeforeDroppingEdits() throws Exception {
        Table weights = widget("param:capitation.ageWeights", Table.class);
        String weight = weights.getItem(1).getText(column(weights, "Vikt"));
        editCell(weights, 1, "Vikt", "abc");
        assertEquals("Inte ändrat: Vikt: 'abc' är inget tal (skriv t.ex. 2 453 eller 0,33).", status());
        assertEquals(weight, weights.getItem(1).getText(column(weights, "Vikt")), "the cell keeps its value");
        view.save("rulebook-cell-not-a-number");

        editCell(weights, 1, "Vikt", "-1");
        Table problems = widget("rulebook.problems", Table.class);
        assertEquals("capitation.ageWeights rad 2: weight", problems.getItem(0).getText(0), "rows counted from 1");
        problems.setSelection(0);
        problems.notifyListeners(SWT.DefaultSelection, new Event());
        view.save("rulebook-cell-problem-row");

        List<String> asked = answerReloadQuestion(NO);
        click("rulebook.reload");
        assertEquals(List.of("Läs om", "Om du läser om förlorar du ändringarna som inte är sparade. Läsa om ändå?"),
                asked);
        assertTrue(part().isDirty(), "No keeps the edits");
        assertEquals("-1", widget("param:capitation.ageWeights", Table.class).getItem(1)
                .getText(column(weights, "Vikt")));

        answerReloadQuestion(YES);
        click("rulebook.reload");
        assertFalse(part().isDirty(), "Yes reads the rulebook again");
        assertEquals(weight, widget("param:capitation.ageWeights", Table.class).getItem(1)
                .getText(column(widget("param:capitation.ageWeights", Table.class), "Vikt")));
    }

    @Test
    void choicesReadAsTheModelCaptionsThemAndTheChosenValueIsStored() throws Exception {
        Rulebook before = stored();
        Combo listingDay = widget("param:listingDay", Combo.class);
        assertEquals(List.of("Den första i månaden", "Den sista i månaden", "Den sista i föregående månad"),
                List.of(listingDay.getItems()));
        assertEquals("Den första i månaden", listingDay.getText(), "the draft's FIRST_OF_MONTH");
        assertEquals("Efter upptagningsområdets invånare", widget("param:sparsity.mode", Combo.class).getText());
        Combo cniSource = widget("param:cni.source", Combo.class);
        assertEquals("Personregistrets CNI-variabler", cniSource.getText());
        assertTrue(cniSource.getSize().x >= cniSource.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, "the caption is whole");
        assertEquals("Patientavgifterna går till regionen", widget("param:patientFees.mode", Combo.class).getText());
        Table targets = widget("param:targets", Table.class);
        assertEquals("Minst målvärdet", targets.getItem(0).getText(column(targets, "Jämförelse")));
        view.save("rulebook-choices");
        try {
            listingDay.select(1);
            listingDay.notifyListeners(SWT.Modify, new Event());
            click("rulebook.save");
            assertEquals("Sparat.", status());
            assertEquals("LAST_OF_MONTH", stored().parameters().path("listingDay").asText(),
                    "the value, not its caption");
        } finally {
            rulebooks.save(before, DemoDatabase.otherAdministrator());
        }
    }

    /** Types {@code text} into a cell as a user does: a click on the selected row opens its editor, Enter applies it. */
    private void editCell(Table table, int row, String heading, String text) {
        table.setSelection(row);
        Rectangle cell = table.getItem(row).getBounds(column(table, heading));
        Event down = new Event();
        down.x = cell.x + 2;
        down.y = cell.y + 2;
        down.button = 1;
        table.notifyListeners(SWT.MouseDown, down);
        Text editor = Arrays.stream(table.getChildren()).filter(c -> c instanceof Text && c.isVisible())
                .map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("no cell editor"));
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, new Event());
        Waits.settle(view.display(), Duration.ofMillis(200));
    }

    private static int column(Table table, String heading) {
        TableColumn[] columns = table.getColumns();
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].getText().equals(heading)) {
                return i;
            }
        }
        throw new AssertionError("no column " + heading);
    }

    /** Answers the next question dialog with the button {@code button}, noting its title and message. */
    private List<String> answerReloadQuestion(int button) {
        List<String> asked = new ArrayList<>();
        Display display = view.display();
        display.timerExec(500, () -> {
            Shell dialog = Arrays.stream(display.getShells()).filter(s -> s != view.shell() && s.isVisible())
                    .findFirst().orElseThrow();
            asked.add(dialog.getText());
            descendants(dialog, Label.class).stream().map(Label::getText).filter(t -> !t.isEmpty())
                    .forEach(asked::add);
            descendants(dialog, Button.class).stream().filter(b -> Integer.valueOf(button).equals(b.getData()))
                    .findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
        });
        return asked;
    }

    private static <T extends Control> List<T> descendants(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(descendants(composite, type));
            }
        }
        return found;
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
