package se.vardval.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * Hälsoval's age-weight tool in the client on the demo database: the demo's 2021 draft, the twelve months 2020-01 to
 * 2020-12 (the demo's visits), the proposed table beside the draft's weights, and "apply to draft" storing them; a
 * result its narrowed column cuts is whole in its tooltip.
 */
class ModelToolPartUiTest {

    private static final int DRAFT = 2021;

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE, ClientTags.ITEM,
                "age-weights"), 1000, 760);
        view.make(ModelToolPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void proposesAgeWeightsAndAppliesThemToTheDraft() throws Exception {
        Combo draft = view.widget("tool.input.draft", Combo.class);
        assertEquals(List.of("2021"), Arrays.asList(draft.getItems()), "the demo's drafts");
        assertEquals("2021", draft.getText(), "the newest draft is chosen");
        view.widget("tool.input.from", Text.class).setText("2020-01");
        view.widget("tool.input.to", Text.class).setText("2020-12");
        Button apply = view.widget("tool.apply", Button.class);
        assertFalse(apply.getEnabled(), "nothing to apply before a run");
        click("tool.run");
        Label status = view.widget("tool.status", Label.class);
        Waits.until(view.display(), Duration.ofMinutes(1), "the proposal",
                () -> status.getText().startsWith("Föreslår"));
        assertTrue(status.getText().startsWith("Föreslår Åldersvikter (capitation.ageWeights) för utkastet 2021"),
                status.getText());

        Table result = view.widget("tool.result", Table.class);
        assertEquals(List.of("Ålder", "Invånare", "Viktade besök", "Vikt i utkastet", "Föreslagen vikt"),
                Arrays.stream(result.getColumns()).map(c -> c.getText()).toList());
        assertEquals(21, result.getItemCount());
        assertEquals("0–4", result.getItem(0).getText(0));
        assertEquals("0,9214", result.getItem(0).getText(3), "the draft's weight of ages 0–4, written the Swedish way");
        long residents = 0;
        List<String> proposed = new ArrayList<>();
        for (TableItem row : result.getItems()) {
            residents += Long.parseLong(row.getText(1).replace(" ", ""));
            proposed.add(row.getText(4).replace(',', '.'));
        }
        String notes = view.widget("tool.notes", Label.class).getText();
        assertTrue(notes.startsWith(SwedishNumbers.decimal(BigDecimal.valueOf(residents))
                + " invånare efter ålder den 2020-12-31"), notes);
        assertTrue(residents >= 1000 && notes.matches("(?s)\\d{1,3}( \\d{3})+ invånare.*"), notes);
        assertTrue(notes.contains("åldersvikterna (capitation.ageWeights)"), notes);
        assertTrue(apply.getEnabled());
        view.save("model-tool-age-weights");

        click("tool.apply");
        assertEquals("capitation.ageWeights i utkastet 2021 är satt.", status.getText());
        List<String> stored = new ArrayList<>();
        DemoDatabase.service(RulebookStore.class).find(DemoDatabase.CARE_CHOICE, DRAFT).orElseThrow().parameters()
                .get("capitation").get("ageWeights")
                .forEach(band -> stored.add(band.get("weight").decimalValue().setScale(4).toPlainString()));
        assertEquals(proposed, stored);
        assertTrue(proposed.stream().map(BigDecimal::new).anyMatch(w -> w.compareTo(BigDecimal.ONE) > 0));
    }

    @Test
    void aResultItsColumnCutsIsWholeInItsTooltipAndOneThatFitsHasNone() throws Exception {
        view.shell().setSize(600, 700);
        view.widget("tool.input.from", Text.class).setText("2020-01");
        view.widget("tool.input.to", Text.class).setText("2020-12");
        click("tool.run");
        Label status = view.widget("tool.status", Label.class);
        Waits.until(view.display(), Duration.ofMinutes(1), "the proposal",
                () -> status.getText().startsWith("Föreslår"));
        Table result = view.widget("tool.result", Table.class);
        String residents = result.getItem(0).getText(1);
        result.getColumn(1).setWidth(TableFit.textWidth(result, residents) / 2);
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertEquals(residents, TableFit.tooltip(result, 0, 1), "cut in " + result.getColumn(1).getWidth());
        assertNull(TableFit.tooltip(result, 0, 0), "an age band that fits has none");
        view.save("model-tool-cut");
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
