package se.vardval.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Checks that a table shows every cell whole: each column wider than its cells, all columns within the table. */
public final class TableFit {

    private TableFit() {
    }

    /** Every column at least as wide as its widest cell, and all of them within the table's width. */
    public static void assertCellsWholeWithinTheTable(Table table) {
        GC gc = new GC(table);
        try {
            int total = 0;
            for (int c = 0; c < table.getColumnCount(); c++) {
                int width = table.getColumn(c).getWidth();
                total += width;
                for (TableItem item : table.getItems()) {
                    gc.setFont(item.getFont());
                    assertTrue(gc.textExtent(item.getText(c)).x < width, item.getText(c) + " in " + width + " px");
                }
            }
            assertTrue(total <= table.getClientArea().width, total + " px of columns in " + table.getClientArea());
        } finally {
            gc.dispose();
        }
    }
}
