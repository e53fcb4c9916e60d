package se.vardval.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * A cell of the client's tables whose text its column or the table's visible edge cuts shows its whole text as its
 * tooltip, a cell that fits none; a number column is never cut: a narrow table narrows its text columns instead, and a
 * packed table shows its name whole up to two thirds of its width beside amounts kept whole.
 */
class TablesUiTest {

    /** A warning as a run view lists it. */
    private record Warning(String unit, String message, int count) {
    }

    private Shell shell;

    @BeforeEach
    void open() {
        shell = new Shell(Displays.require());
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aCellShowsItsWholeTextAsItsTooltipOnlyWhereItsColumnCutsIt() {
        shell.setLayout(new FillLayout());
        TableViewer viewer = Tables.table(shell, "test.warnings");
        Tables.column(viewer, Warning.class, "Enhet", 120, Warning::unit);
        Tables.column(viewer, Warning.class, "Meddelande", 120, Warning::message);
        Tables.numberColumn(viewer, Warning.class, "Antal", 60, w -> Integer.toString(w.count()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Warning warning = new Warning("", "24 av de listade saknar avstånd till länssjukhuset i personregistret och"
                + " ger ingen glesbygdsersättning.", 24);
        viewer.setInput(List.of(warning, new Warning("Hälsocentral Ås", "Ingen avvikelse", 1)));
        Table table = viewer.getTable();

        showAt(420);
        assertTrue(TableFit.textWidth(table, warning.message()) > table.getColumn(1).getWidth(), "cut");
        assertEquals(warning.message(), TableFit.tooltip(table, 0, 1));
        assertNull(TableFit.tooltip(table, 0, 0), "an empty cell has no tooltip");
        assertNull(TableFit.tooltip(table, 0, 2), "a number that fits has none");
        assertNull(TableFit.tooltip(table, 1, 0), "a unit that fits has none");
        assertNull(TableFit.tooltip(table, 1, 1), "a message that fits has none");
    }

    @Test
    void aTableWrittenItemByItemShowsATextItsColumnCutsWholeInItsTooltip() {
        shell.setLayout(new FillLayout());
        Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        List<String> headings = List.of("Enhet", "Komponent", "Kr");
        for (int i = 0; i < headings.size(); i++) {
            new TableColumn(table, i == 2 ? SWT.RIGHT : SWT.LEFT).setText(headings.get(i));
        }
        String name = "Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)";
        new TableItem(table, SWT.NONE).setText(new String[] {"Hälsocentral Ås", name, "245,00"});
        new TableItem(table, SWT.NONE).setText(new String[] {"Hälsocentral Ås", "Vårdtyngd enligt CNI", "42,54"});
        Tables.packColumnsLeavingSpareEmpty(table, 1);
        Tables.tipCutTexts(table);

        showAt(360);
        assertTrue(TableFit.textWidth(table, name) > table.getColumn(1).getWidth(), "the component gives way");
        assertEquals(name, TableFit.tooltip(table, 0, 1));
        assertNull(TableFit.tooltip(table, 1, 1), "a component that fits has no tooltip");
        assertNull(TableFit.tooltip(table, 0, 0), "a unit that fits has none");
        assertNull(TableFit.tooltip(table, 0, 2), "an amount that fits has none");
    }

    @Test
    void aCellPartlyPastTheTablesVisibleEdgeShowsItsWholeTextAsItsTooltip() {
        shell.setLayout(new FillLayout());
        Table table = Tables.itemTable(shell, "test.rejected", unit -> { });
        new TableColumn(table, SWT.LEFT).setText("Enhet");
        new TableColumn(table, SWT.LEFT).setText("Modellens motivering");
        String quota = "riskgrupp 2 ersätter 2 behandling(ar) per person och remissår; 2 redan betalda";
        new TableItem(table, SWT.NONE).setText(new String[] {"Fotvårdskliniken Storsjön", quota});
        new TableItem(table, SWT.NONE).setText(new String[] {"Fotterapeuterna Odenslund", "ingen remiss"});
        table.getColumn(0).setWidth(220);
        table.getColumn(1).setWidth(TableFit.textWidth(table, quota) + 24);

        showAt(400);
        Rectangle shown = table.getItem(0).getBounds(1).intersection(table.getClientArea());
        assertTrue(TableFit.textWidth(table, quota) > shown.width, "the sentence fits its column, not the "
                + shown.width + " px of it shown in " + table.getClientArea());
        assertEquals(quota, TableFit.tooltip(table, 0, 1));
        assertNull(TableFit.tooltip(table, 1, 1), "a sentence that fits the part shown has none");
        assertNull(TableFit.tooltip(table, 0, 0), "a unit shown whole has none");
    }

    @Test
    void anAmountPartlyPastTheRightEdgeAndANameScrolledPartlyPastTheLeftShowTheirWholeTextsAsTooltips() {
        shell.setLayout(new FillLayout());
        Table table = Tables.itemTable(shell, "test.lines", unit -> { });
        new TableColumn(table, SWT.LEFT).setText("Enhet");
        new TableColumn(table, SWT.RIGHT).setText("Belopp");
        String amount = "1 381 678,50 kr";
        new TableItem(table, SWT.NONE).setText(new String[] {"Hälsocentralen Ås", amount});
        showAt(400);
        int amountWidth = TableFit.textWidth(table, amount);
        table.getColumn(1).setWidth(amountWidth + 40);
        table.getColumn(0).setWidth(table.getClientArea().width - amountWidth - 20);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));

        assertEquals(amount, TableFit.tooltip(table, 0, 1), "its end 20 px past the edge, though the part shown"
                + " is wider than it");
        assertNull(TableFit.tooltip(table, 0, 0), "a unit shown whole has none");

        table.getHorizontalBar().setSelection(30);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
        assertEquals("Hälsocentralen Ås", TableFit.tooltip(table, 0, 0), "its start scrolled past the left edge");
        assertNull(TableFit.tooltip(table, 0, 1), "the amount now shown whole has none");
    }

    @Test
    void aNarrowTableKeepsItsNumberColumnsWholeAndATableWideEnoughScalesThemAll() {
        shell.setLayout(new FillLayout());
        TableViewer viewer = Tables.table(shell, "test.lines");
        Tables.column(viewer, Warning.class, "Komponent", 230, Warning::unit);
        Tables.numberColumn(viewer, Warning.class, "Belopp", 130, w -> Integer.toString(w.count()));
        Tables.column(viewer, Warning.class, "Kod", 150, Warning::message);
        Table table = viewer.getTable();

        showAt(420);
        int width = table.getClientArea().width;
        assertEquals(130, table.getColumn(1).getWidth(), "the amount keeps its width in " + width + " px");
        assertEquals(width - 130, table.getColumn(0).getWidth() + table.getColumn(2).getWidth(), 2.0);

        showAt(1100);
        int wide = table.getClientArea().width;
        assertEquals(130 * wide / 510, table.getColumn(1).getWidth(), 1.0, "scaled with the others in " + wide);
    }

    @Test
    void aPackedTableShowsItsNameWholeUpToTwoThirdsOfItsWidthAndItsAmountWhole() {
        shell.setLayout(new FillLayout());
        TableViewer viewer = Tables.scrollingTable(shell, "test.lines");
        Tables.column(viewer, Warning.class, "Komponent", 280, Warning::message);
        Tables.numberColumn(viewer, Warning.class, "Belopp", 130, w -> w.count() + ",00 kr");
        Tables.column(viewer, Warning.class, "Kod", 120, Warning::unit);
        Tables.packColumns(viewer, 0);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Warning line = new Warning("TARGET_CARE_GUARANTEE_3",
                "Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)", 245);
        viewer.setInput(List.of(line, new Warning("CNI", "Vårdtyngd enligt CNI", 4254)));
        Table table = viewer.getTable();

        showAt(1100);
        TableFit.assertCellsWholeWithinTheTable(table);
        assertEquals(List.of("Komponent", "Belopp", "Kod", ""), Arrays.stream(table.getColumns())
                .map(TableColumn::getText).toList(), "an empty last column, which GTK widens to the edge");

        showAt(600);
        int name = table.getColumn(0).getWidth();
        assertTrue(name <= table.getClientArea().width * 2 / 3, name + " px in " + table.getClientArea());
        assertTrue(TableFit.textWidth(table, line.message()) > name, "cut in " + name + " px");
        assertEquals(line.message(), TableFit.tooltip(table, 0, 0));
        assertNull(TableFit.tooltip(table, 1, 0), "a name that fits has no tooltip");
        TableFit.assertColumnsWholeBesideTheScrollbar(table, 1);
        assertTrue(name + table.getColumn(1).getWidth() + table.getColumn(2).getWidth() > table.getClientArea().width,
                "the code beyond the amount, reached by scrolling sideways");
    }

    /** Opens the shell (if it is not yet) 200 px high and {@code width} wide, and lets the tables lay out. */
    private void showAt(int width) {
        shell.setSize(width, 200);
        shell.open();
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
    }
}
