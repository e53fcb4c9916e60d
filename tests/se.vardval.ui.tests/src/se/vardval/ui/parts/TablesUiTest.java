package se.vardval.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.Displays;

/** A text column of the client's tables shows its whole text as the cell's tooltip; a number column does not. */
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

    private static String tip(TableViewer viewer, int column, Object element) {
        return ((ColumnLabelProvider) viewer.getLabelProvider(column)).getToolTipText(element);
    }
}
