package se.vardval.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.PartContexts;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * Hälsoval's age-weight tool in the client on the demo database: the demo's 2021 draft, the twelve months 2020-01 to
 * 2020-12 (the demo's visits), the proposed table beside the draft's weights, and "apply to draft" storing them.
 */
class ModelToolPartUiTest {

    private static final int DRAFT = 2021;

    private Display display;
    private Shell shell;
    private IEclipseContext context;

    @BeforeEach
    void open() throws Exception {
        display = Displays.require();
        DemoDatabase.ensure();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 760);
        context = PartContexts.create(shell, Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE,
                ClientTags.ITEM, "age-weights"));
        ContextInjectionFactory.make(ModelToolPart.class, context);
        shell.open();
        Waits.settle(display, Duration.ofMillis(300));
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
    }

    @Test
    void proposesAgeWeightsAndAppliesThemToTheDraft() throws Exception {
        Combo draft = Find.widget(shell, "tool.input.draft", Combo.class);
        assertEquals(List.of("2021"), Arrays.asList(draft.getItems()), "the demo's drafts");
        assertEquals("2021", draft.getText(), "the newest draft is chosen");
        Find.widget(shell, "tool.input.from", Text.class).setText("2020-01");
        Find.widget(shell, "tool.input.to", Text.class).setText("2020-12");
        Button apply = Find.widget(shell, "tool.apply", Button.class);
        assertFalse(apply.getEnabled(), "nothing to apply before a run");
        click("tool.run");
        Label status = Find.widget(shell, "tool.status", Label.class);
        Waits.until(display, Duration.ofMinutes(1), "the proposal", () -> status.getText().startsWith("Föreslår"));

        Table result = Find.widget(shell, "tool.result", Table.class);
        assertEquals(List.of("Ålder", "Invånare", "Viktade besök", "Vikt i utkastet", "Föreslagen vikt"),
                Arrays.stream(result.getColumns()).map(c -> c.getText()).toList());
        assertEquals(21, result.getItemCount());
        assertEquals("0–4", result.getItem(0).getText(0));
        assertEquals("0.9214", result.getItem(0).getText(3), "the draft's weight of ages 0–4");
        long residents = 0;
        List<String> proposed = new ArrayList<>();
        for (TableItem row : result.getItems()) {
            residents += Long.parseLong(row.getText(1));
            proposed.add(row.getText(4));
        }
        assertTrue(Find.widget(shell, "tool.notes", Label.class).getText()
                .startsWith(residents + " invånare efter ålder den 2020-12-31"));
        assertTrue(apply.getEnabled());
        Waits.settle(display, Duration.ofMillis(400));
        Screens.save(shell, "model-tool-age-weights");

        click("tool.apply");
        assertEquals("capitation.ageWeights i utkastet 2021 är satt.", status.getText());
        List<String> stored = new ArrayList<>();
        DemoDatabase.service(RulebookStore.class).find(DemoDatabase.CARE_CHOICE, DRAFT).orElseThrow().parameters()
                .get("capitation").get("ageWeights")
                .forEach(band -> stored.add(band.get("weight").decimalValue().setScale(4).toPlainString()));
        assertEquals(proposed, stored);
        assertTrue(proposed.stream().map(BigDecimal::new).anyMatch(w -> w.compareTo(BigDecimal.ONE) > 0));
    }

    private void click(String key) {
        Find.widget(shell, key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
