package se.vardval.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * A text column of the client's tables shows its whole text as the cell's tooltip; a number column does not, and is
 * never cut: a narrow table narrows its text columns instead, and a packed table shows its name whole up to two thirds
 * of its width beside amounts kept whole.
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
        shell.dispose();
    }

    @Test
    void aTextCellsTooltipIsItsWholeText() {
        TableViewer viewer = Tables.table(shell, "test.warnings");
        Tables.column(viewer, Warning.class, "Enhet", 120, Warning::unit);
        Tables.column(viewer, Warning.class, "Meddelande", 120, Warning::message);
        Tables.numberColumn(viewer, Warning.class, "Antal", 60, w -> Integer.toString(w.count()));
        Warning warning = new Warning("", "24 av de listade saknar avstånd till länssjukhuset i personregistret och"
                + " ger ingen glesbygdsersättning.", 24);

        assertEquals(warning.message(), tip(viewer, 1, warning));
        assertNull(tip(viewer, 0, warning), "an empty cell has no tooltip");
        assertNull(tip(viewer, 2, warning), "a number is never cut");
    }

    @Test
    void aNarrowTableKeepsItsNumberColumnsWholeAndATableWideEnoughScalesThemAll() {
        shell.setLayout(new FillLayout());
        TableViewer viewer = Tables.table(shell, "test.lines");
        Tables.column(viewer, Warning.class, "Komponent", 230, Warning::unit);
        Tables.numberColumn(viewer, Warning.class, "Belopp", 130, w -> Integer.toString(w.count()));
        Tables.column(viewer, Warning.class, "Kod", 150, Warning::message);
        Table table = viewer.getTable();

        shell.setSize(420, 200);
        shell.open();
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
        int width = table.getClientArea().width;
        assertEquals(130, table.getColumn(1).getWidth(), "the amount keeps its width in " + width + " px");
        assertEquals(width - 130, table.getColumn(0).getWidth() + table.getColumn(2).getWidth(), 2.0);

        shell.setSize(1100, 200);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
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

        shell.setSize(1100, 200);
        shell.open();
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
        TableFit.assertCellsWholeWithinTheTable(table);
        assertEquals(List.of("Komponent", "Belopp", "Kod", ""), Arrays.stream(table.getColumns())
                .map(TableColumn::getText).toList(), "an empty last column, which GTK widens to the edge");

        shell.setSize(600, 200);
        Waits.settle(shell.getDisplay(), Duration.ofMillis(300));
        int name = table.getColumn(0).getWidth();
        assertTrue(name <= table.getClientArea().width * 2 / 3, name + " px in " + table.getClientArea());
        assertTrue(TableFit.textWidth(table, line.message()) > name, "cut in " + name + " px");
        assertEquals(line.message(), tip(viewer, 0, line));
        TableFit.assertColumnsWholeBesideTheScrollbar(table, 1);
        assertTrue(name + table.getColumn(1).getWidth() + table.getColumn(2).getWidth() > table.getClientArea().width,
                "the code beyond the amount, reached by scrolling sideways");
    }

    private static String tip(TableViewer viewer, int column, Object element) {
        return ((ColumnLabelProvider) viewer.getLabelProvider(column)).getToolTipText(element);
    }
}
