package se.vardval.tandvard.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/** The listed children view on the tests' own clinics, counted by hand, across the 2025 change of the age limit. */
class ListedChildrenUiTest {

    private static final Duration READ = Duration.ofMinutes(1);

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", TestClinics.CARE_CHOICE, 1280, 800);
        TestClinics.ensure();
        view.make(ListedChildrenPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void eachClinicsChildrenByAgeGroupAndCareNeedGroupInMarch2025() throws Exception {
        show("2025-03");
        Table table = widget("children.table", Table.class);
        assertEquals(1 + 3 * 3 + 2, table.getColumnCount(), "clinic, 3 age groups × 3 care-need groups, outside, all");
        assertEquals("3–6 · 1", table.getColumn(1).getText());
        assertEquals(List.of(
                List.of("Folktandvården Testby", "0", "1", "0", "0", "0", "1", "1", "0", "0", "1", "4"),
                List.of("Privattandläkarna Testby", "0", "0", "1", "0", "0", "0", "1", "0", "0", "0", "2"),
                List.of("Alla kliniker", "0", "1", "1", "0", "0", "1", "2", "0", "0", "1", "6")), rows(table));
        assertEquals("Alla kliniker: 6 barn listade 2025-03-01, varav 5 inom åldersgränserna",
                widget("children.summary", Label.class).getText());
        Chart chart = widget("children.chart", Chart.class);
        assertEquals(List.of("3–6", "7–12", "13–19", "Utanför åldersgränserna"),
                List.of(chart.getAxisSet().getXAxis(0).getCategorySeries()));
        assertEquals(List.of(2.0, 1.0, 2.0, 1.0), perCategory(chart));
        view.save("tandvard-children-2025-03");

        table.select(1);
        table.notifyListeners(SWT.Selection, itemEvent(table.getItem(1)));
        assertEquals("Privattandläkarna Testby", widget("children.clinic", Combo.class).getText());
        assertEquals(List.of(1.0, 0.0, 1.0, 0.0), perCategory(chart));
        view.save("tandvard-children-2025-03-private");
    }

    @Test
    void theTwentyYearOldIsWithinTheLimitsOfDecember2024() throws Exception {
        view.shell().setSize(1100, 800);
        show("2024-12");
        Table table = widget("children.table", Table.class);
        assertEquals(1 + 4 * 3 + 2, table.getColumnCount(), "the 2024 rulebook's four age groups to 23");
        // 4 in group 2, 9 in group 3, 14 without area (1), 19 in group 3; nobody outside the limits
        assertEquals(List.of("Folktandvården Testby", "0", "1", "0", "0", "0", "1", "1", "0", "1", "0", "0", "0",
                "0", "4"), rows(table).getFirst());
        assertTrue(widget("children.summary", Label.class).getText().endsWith("varav 6 inom åldersgränserna"));
        TableFit.assertCellsWholeWithinTheTable(table);
        assertEquals("Utanför åldersgränserna", table.getColumn(13).getToolTipText());
        view.save("tandvard-children-2024-12");

        widget("children.month", Text.class).setText("2019-06");
        widget("children.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = widget("children.summary", Label.class);
        Waits.until(view.display(), READ, "a year without a rulebook", () -> summary.getText().contains("2019"));
        assertEquals(0, table.getItemCount(), "no clinic of December 2024");
        Chart chart = widget("children.chart", Chart.class);
        assertEquals(0, chart.getSeriesSet().getSeries().length);
        assertEquals(summary.getText(), chart.getTitle().getText(), "the title says why");
        assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible());
        view.save("tandvard-children-no-rulebook");
    }

    private void show(String month) {
        widget("children.month", Text.class).setText(month);
        widget("children.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = widget("children.summary", Label.class);
        Waits.until(view.display(), READ, "the listed children of " + month, () -> summary.getText().contains("listade "
                + month));
    }

    private static List<List<String>> rows(Table table) {
        return Arrays.stream(table.getItems()).map(item -> {
            String[] cells = new String[table.getColumnCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = item.getText(i);
            }
            return List.of(cells);
        }).toList();
    }

    /** The chart's children per category, every series stacked. */
    private static List<Double> perCategory(Chart chart) {
        double[] sums = new double[chart.getAxisSet().getXAxis(0).getCategorySeries().length];
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            double[] values = series.getYSeries();
            for (int i = 0; i < sums.length; i++) {
                sums[i] += values[i];
            }
        }
        return Arrays.stream(sums).boxed().toList();
    }

    private static Event itemEvent(TableItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
