package se.vardval.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.PartContexts;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/** Persons and listings search on the demo database: everyone listed at a unit, then where one of them is listed. */
class SearchPartUiTest {

    private Display display;
    private Shell shell;
    private IEclipseContext context;

    @BeforeEach
    void open() throws Exception {
        display = Displays.require();
        DemoDatabase.ensure();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
        context = PartContexts.create(shell, Map.of());
        ContextInjectionFactory.make(SearchPart.class, context);
        shell.open();
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
    }

    @Test
    void listsAUnitsPersonsAndFindsOneOfThem() throws Exception {
        Find.widget(shell, "search.month", Text.class).setText("2020-03");
        Combo unit = Find.widget(shell, "search.unit", Combo.class);
        Table results = Find.widget(shell, "search.results", Table.class);
        Label status = Find.widget(shell, "search.status", Label.class);
        for (int i = 0; i < unit.getItemCount() && results.getItemCount() == 0; i++) {
            unit.select(i);
            click("search.findUnit");
            Waits.until(display, Duration.ofMinutes(1), "the listed persons", () -> status.getText().contains("träff"));
        }
        assertTrue(results.getItemCount() > 0, "someone is listed at " + unit.getText());
        String personId = results.getItem(0).getText(0);
        assertTrue(personId.matches("\\d{8}-\\d{4}"), personId);
        Waits.settle(display, Duration.ofMillis(300));
        Screens.save(shell, "search-unit");

        Find.widget(shell, "search.person", Text.class).setText(personId);
        status.setText("");
        click("search.findPerson");
        Waits.until(display, Duration.ofMinutes(1), "the person", () -> status.getText().contains("träff"));
        assertEquals(DemoDatabase.service(MasterDataStore.class).careChoices().size(), results.getItemCount(),
                "one row per vårdval, Hälsoval's first");
        assertEquals(personId, results.getItem(0).getText(0));
        assertEquals(unit.getText(), results.getItem(0).getText(5), "listed at the unit");
        Waits.settle(display, Duration.ofMillis(300));
        Screens.save(shell, "search-person");
    }

    private void click(String key) {
        Find.widget(shell, key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
