package se.vardval.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Checks that a table or tree shows every cell whole: each column wider than its cells, all columns within the table,
 * and none under the tree's vertical scrollbar.
 */
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

    /**
     * The tree's {@code columns} each at least as wide as their cells in every expanded row, and their cells drawn
     * before the vertical scrollbar, which GTK may draw over the client area's right edge.
     */
    public static void assertColumnsWholeBesideTheScrollbar(Tree tree, int... columns) {
        GC gc = new GC(tree);
        try {
            for (int c : columns) {
                int width = tree.getColumn(c).getWidth();
                for (TreeItem item : rows(tree.getItems(), new ArrayList<>())) {
                    gc.setFont(item.getFont());
                    assertTrue(gc.textExtent(item.getText(c)).x < width, item.getText(c) + " in " + width + " px");
                }
            }
        } finally {
            gc.dispose();
        }
        for (TreeItem item : tree.getItems()) {
            for (int c : columns) {
                Rectangle cell = item.getBounds(c);
                assertTrue(cell.x + cell.width <= scrollbarLeft(tree), item.getText(c) + " drawn in " + cell
                        + ", the scrollbar from " + scrollbarLeft(tree));
            }
        }
    }

    /** Where the vertical scrollbar begins, from the control's inner left edge; its inner width without one. */
    private static int scrollbarLeft(Scrollable control) {
        int inner = control.getSize().x - 2 * control.getBorderWidth();
        ScrollBar bar = control.getVerticalBar();
        return bar != null && bar.isVisible() ? inner - bar.getSize().x : inner;
    }

    private static List<TreeItem> rows(TreeItem[] items, List<TreeItem> rows) {
        for (TreeItem item : items) {
            rows.add(item);
            if (item.getExpanded()) {
                rows(item.getItems(), rows);
            }
        }
        return rows;
    }
}
