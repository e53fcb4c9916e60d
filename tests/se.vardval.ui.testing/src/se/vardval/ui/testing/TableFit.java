package se.vardval.ui.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Checks that a table or tree shows its cells whole: each column wider than its cells, and all columns within the
 * table or the columns checked before the vertical scrollbar; and reads the tooltip a cell shows.
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
        List<Cell> cells = new ArrayList<>();
        for (TreeItem item : rows(tree.getItems(), new ArrayList<>())) {
            for (int c : columns) {
                cells.add(new Cell(item.getText(c), item.getFont(), tree.getColumn(c).getWidth(), item.getBounds(c)));
            }
        }
        assertWholeBesideTheScrollbar(tree, cells);
    }

    /**
     * The table's {@code columns} each at least as wide as their cells in every row, and their cells drawn before the
     * vertical scrollbar, which GTK may draw over the client area's right edge.
     */
    public static void assertColumnsWholeBesideTheScrollbar(Table table, int... columns) {
        List<Cell> cells = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            for (int c : columns) {
                cells.add(new Cell(item.getText(c), item.getFont(), table.getColumn(c).getWidth(),
                        item.getBounds(c)));
            }
        }
        assertWholeBesideTheScrollbar(table, cells);
    }

    /** A cell's text and font, the width of its column, and where it is drawn. */
    private record Cell(String text, Font font, int columnWidth, Rectangle bounds) {
    }

    private static void assertWholeBesideTheScrollbar(Scrollable control, List<Cell> cells) {
        GC gc = new GC(control);
        try {
            for (Cell cell : cells) {
                gc.setFont(cell.font());
                assertTrue(gc.textExtent(cell.text()).x < cell.columnWidth(), cell.text() + " in "
                        + cell.columnWidth() + " px");
                assertTrue(cell.bounds().x + cell.bounds().width <= scrollbarLeft(control), cell.text() + " drawn in "
                        + cell.bounds() + ", the scrollbar from " + scrollbarLeft(control));
            }
        } finally {
            gc.dispose();
        }
    }

    /**
     * The text of the tooltip that the table's cell shows when the pointer rests on the middle of the part of it that
     * the table shows, or null when it shows none; the tooltip is hidden again after it was read.
     */
    public static String tooltip(Table table, int row, int column) {
        Rectangle cell = table.getItem(row).getBounds(column).intersection(table.getClientArea());
        Event hover = new Event();
        hover.x = cell.x + cell.width / 2;
        hover.y = cell.y + cell.height / 2;
        table.notifyListeners(SWT.MouseHover, hover);
        try {
            return Arrays.stream(table.getShell().getShells()).filter(Shell::isVisible)
                    .flatMap(tip -> Arrays.stream(tip.getChildren())).filter(CLabel.class::isInstance)
                    .map(label -> ((CLabel) label).getText()).findFirst().orElse(null);
        } finally {
            table.notifyListeners(SWT.MouseExit, new Event());
        }
    }

    /** The width in pixels of the text in the control's font. */
    public static int textWidth(Scrollable control, String text) {
        GC gc = new GC(control);
        try {
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
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
