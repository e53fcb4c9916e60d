package se.vardval.tandvard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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

import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * The client's generic rulebook editor (created from its bundle as the workbench does) on a Tandvård draft: the
 * capitation matrix as a table, the payout choice the model names, a problem on its field, and a valid save.
 */
class TandvardRulebookEditorUiTest {

    private static final int YEAR = 2026;

    private PartShell view;
    private RulebookStore rulebooks;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, TestClinics.CARE_CHOICE, ClientTags.ITEM,
                Integer.toString(YEAR)), 1280, 900);
        TestClinics.ensure();
        rulebooks = DemoDatabase.service(RulebookStore.class);
        DemoDatabase.draft(TestClinics.CARE_CHOICE, 2025, YEAR);
        view.makeClientPart("se.vardval.ui.rulebook.RulebookEditorPart");
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void tandvardsParametersAreEditedByTheGenericEditor() throws Exception {
        Table capitation = widget("param:capitation", Table.class);
        assertEquals(3, capitation.getItemCount(), "a row per age group");
        assertEquals(List.of("Vårdbehovsgrupp 1", "Vårdbehovsgrupp 2", "Vårdbehovsgrupp 3"), List.of(
                capitation.getColumn(0).getText(),
                capitation.getColumn(1).getText(), capitation.getColumn(2).getText()), "care-need groups");
        assertEquals(SwedishFormat.number(BigDecimal.valueOf(1545)), capitation.getItem(1).getText(0));
        assertEquals(3, widget("param:ageGroups", Table.class).getItemCount());
        Combo payoutTo = widget("param:riskPool.payoutTo", Combo.class);
        assertEquals(List.of("De privata klinikerna, vars kapitering poolen hölls inne från", "Alla kliniker i vårdvalet"),
                List.of(payoutTo.getItems()), "the model's captions of the choices");
        view.save("tandvard-rulebook-editor");

        widget("param:riskPool.payoutMonth", Text.class).setText("13");
        Table problems = widget("rulebook.problems", Table.class);
        assertEquals("riskPool.payoutMonth", problems.getItem(0).getText(0));
        assertEquals("måste vara en månad 1–12 (13)", problems.getItem(0).getText(1));
        view.save("tandvard-rulebook-problem");

        widget("param:riskPool.payoutMonth", Text.class).setText("12");
        payoutTo.select(1);
        payoutTo.notifyListeners(SWT.Modify, new Event());
        assertEquals(0, problems.getItemCount());
        widget("rulebook.save", Button.class).notifyListeners(SWT.Selection, new Event());
        assertEquals("Sparat.", widget("rulebook.status", Label.class).getText());
        ObjectNode stored = (ObjectNode) rulebooks.find(TestClinics.CARE_CHOICE, YEAR).orElseThrow().parameters();
        assertEquals("ALL", stored.path("riskPool").path("payoutTo").asText());
        assertTrue(stored.path("capitation").get(1).isArray(), "the matrix stays a matrix");
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
