package se.vardval.ui.parts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Sizes a table's columns to what they show, again whenever its rows or columns change: each column as wide as its
 * header and cells; when together they are wider than the table, the headers wider than their cells give way (the
 * whole header in its tooltip) until the columns fit, so that every cell stays whole ("1 41" is never shown for
 * "1 414").
 */
public final class ContentColumns {

    /** Pixels a cell needs beside its text (GTK's cell padding, with room to spare). */
    private static final int CELL_MARGIN = 16;

    private ContentColumns() {
    }

    /** Packs the table's columns to their content, within the table's width where the cells allow it. */
    public static void pack(Table table) {
        TableColumn[] columns = table.getColumns();
        int[] widths = new int[columns.length];
        int[] cells = new int[columns.length];
        GC gc = new GC(table);
        try {
            for (int i = 0; i < columns.length; i++) {
                columns[i].pack();
                widths[i] = columns[i].getWidth();
                cells[i] = Math.min(widths[i], cellWidth(gc, table, i));
            }
        } finally {
            gc.dispose();
        }
        giveWay(widths, cells, Arrays.stream(widths).sum() - table.getClientArea().width);
        for (int i = 0; i < columns.length; i++) {
            columns[i].setWidth(widths[i]);
            Tables.want(columns[i], widths[i]);
            if (widths[i] > cells[i] && columns[i].getToolTipText() == null) {
                columns[i].setToolTipText(columns[i].getText());
            }
        }
    }

    /** Narrows the columns whose header is wider than their cells, the widest header first, by {@code excess}. */
    private static void giveWay(int[] widths, int[] cells, int excess) {
        Integer[] byRoom = IntStream.range(0, widths.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> widths[i] - cells[i]).reversed())
                .toArray(Integer[]::new);
        int left = excess;
        for (int i : byRoom) {
            if (left <= 0) {
                return;
            }
            int given = Math.min(left, widths[i] - cells[i]);
            widths[i] -= given;
            left -= given;
        }
    }

    /** The width of the column's widest cell, each in its row's font. */
    private static int cellWidth(GC gc, Table table, int column) {
        int widest = 0;
        for (TableItem item : table.getItems()) {
            gc.setFont(item.getFont());
            widest = Math.max(widest, gc.textExtent(item.getText(column)).x);
        }
        return widest + CELL_MARGIN;
    }
}
