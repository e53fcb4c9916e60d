package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * The run view's rejected items on the demo's ögon vårdval (each month an operation coded with a DRG missing from the
 * weight table): the tab counts the run's stored items, the table shows the selected unit's and, ticked, every
 * unit's, row by row as stored; double-clicking an item explains its person.
 */
class RejectionsUiTest {

    private static final String OGON = "ogon";
    private static final Duration JOB = Duration.ofMinutes(2);

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("Utbetalning ögon", OGON, 1280, 860);
        view.make(PaymentRunPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void showsTheSelectedUnitsRejectedItemsAndOnRequestEveryUnitsWithTheirReasons() throws Exception {
        RunStore runs = DemoDatabase.service(RunStore.class);
        int before = runs.list(OGON).size();
        widget("run.period", Text.class).setText("2020-03");
        widget("run.calculate", Button.class).notifyListeners(SWT.Selection, new Event());
        Waits.until(view.display(), JOB, "the ögon run of March 2020", () -> runs.list(OGON).size() > before
                && widget("run.status", Label.class).getText().contains("mars 2020"));
        PaymentRun run = runs.list(OGON).get(0);
        List<RejectedItem> stored = runs.rejections(run.id());
        assertFalse(stored.isEmpty(), "the demo's ögon month rejects the DRG code missing from its weight table");
        Map<String, String> names = DemoDatabase.service(MasterDataStore.class).units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));

        CTabFolder tabs = widget("run.tabs", CTabFolder.class);
        assertEquals("Avvisade poster (" + stored.size() + ")", tabs.getItem(3).getText());
        tabs.setSelection(3);
        Tree totals = widget("run.totals", Tree.class);
        String first = totals.getItem(0).getItem(0).getText(1);
        assertEquals(rows(stored, first, names), rows(), "the first unit's items, as the lines are");

        TreeItem rejecting = unitWithRejections(totals, stored);
        totals.setSelection(rejecting);
        Event select = new Event();
        select.item = rejecting;
        totals.notifyListeners(SWT.Selection, select);
        Waits.settle(view.display(), Duration.ofMillis(300));
        String hsaId = rejecting.getText(1);
        List<List<String>> atUnit = rows(stored, hsaId, names);
        assertFalse(atUnit.isEmpty());
        assertEquals(atUnit, rows());
        assertEquals("Avvisade poster vid " + names.get(hsaId) + ": " + atUnit.size() + " (hela körningen: "
                + stored.size() + ")", widget("run.rejections.title", Label.class).getText());
        Screens.save(view.shell(), "run-rejections-unit");

        Button all = widget("run.rejections.all", Button.class);
        all.setSelection(true);
        all.notifyListeners(SWT.Selection, new Event());
        Waits.settle(view.display(), Duration.ofMillis(300));
        assertEquals(rows(stored, null, names), rows());
        assertEquals("Avvisade poster, alla enheter: " + stored.size(),
                widget("run.rejections.title", Label.class).getText());
        Screens.save(view.shell(), "run-rejections-all");

        explainsTheFirstItemsPerson(tabs);
    }

    /** Double-clicking an item explains its person, whose personnummer then stands in the explanation's field. */
    private void explainsTheFirstItemsPerson(CTabFolder tabs) throws Exception {
        Table table = widget("run.rejections", Table.class);
        int row = rows().stream().map(r -> r.get(2)).toList().indexOf(rows().stream().map(r -> r.get(2))
                .filter(p -> !p.equals("–")).findFirst().orElseThrow());
        String personId = table.getItem(row).getText(2);
        table.setSelection(row);
        Event doubleClick = new Event();
        doubleClick.item = table.getItem(row);
        table.notifyListeners(SWT.DefaultSelection, doubleClick);
        Label summary = widget("run.explanation.summary", Label.class);
        Waits.until(view.display(), JOB, "the person's explanation", () -> summary.getText().contains(personId
                .replace("-", "")));
        assertEquals(4, tabs.getSelectionIndex(), "the explanation tab");
        assertEquals(personId, widget("run.explain.person", Text.class).getText());
        Screens.save(view.shell(), "run-rejections-explained");
    }

    /** The first unit in the totals that has rejected items. */
    private static TreeItem unitWithRejections(Tree totals, List<RejectedItem> stored) {
        for (TreeItem provider : totals.getItems()) {
            for (TreeItem unit : provider.getItems()) {
                if (stored.stream().anyMatch(item -> item.hsaId().equals(unit.getText(1)))) {
                    return unit;
                }
            }
        }
        throw new AssertionError("no paid unit has rejected items");
    }

    /** The stored items of a unit (null: all) as the table's cells. */
    private static List<List<String>> rows(List<RejectedItem> stored, String hsaId, Map<String, String> names) {
        return stored.stream().filter(item -> hsaId == null || item.hsaId().equals(hsaId))
                .map(item -> List.of(names.getOrDefault(item.hsaId(), item.hsaId()),
                        item.date() == null ? "–" : item.date().toString(),
                        item.personId() == null ? "–" : PersonId.written(item.personId()), item.itemId(),
                        item.reasonCode(), item.reason()))
                .toList();
    }

    private List<List<String>> rows() {
        Table table = widget("run.rejections", Table.class);
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
                cells.add(item.getText(c));
            }
            rows.add(cells);
        }
        return rows;
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
