package se.vardval.ui.parts;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

import se.vardval.ui.api.ClientTags;

/**
 * Builds the client's tables and trees: full-row selection, header, lines, and columns from text functions; a text
 * column shows its whole text as the cell's tooltip, for the texts a narrow column cuts.
 */
public final class Tables {

    private static final String WANTED_WIDTH = "vardval.wantedWidth";
    private static final String FILL_COLUMN = "vardval.fillColumn";
    /** The narrowest a column is made, in pixels. */
    private static final int MIN_WIDTH = 40;

    private Tables() {
    }

    /** A table viewer with header and lines, found by {@code key}; its columns share its width. */
    public static TableViewer table(Composite parent, String key) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ClientTags.WIDGET_KEY, key);
        table.addListener(SWT.Resize, e -> refit(table));
        ColumnViewerToolTipSupport.enableFor(viewer);
        return viewer;
    }

    /**
     * Sizes the table's columns to what they show instead of sharing its width in proportion, column {@code fill}
     * (a text column) taking the width left over, or giving up what is missing; {@link #refit} after new rows.
     */
    public static void packColumns(TableViewer viewer, int fill) {
        viewer.getTable().setData(FILL_COLUMN, fill);
        refit(viewer.getTable());
    }

    /** Sizes the table's columns again, after the current event, to its width (and its rows, when packed). */
    public static void refit(Table table) {
        later(table, () -> {
            if (table.getData(FILL_COLUMN) instanceof Integer fill) {
                pack(table.getColumns(), fill, table.getClientArea().width);
            } else {
                fit(table.getColumns(), table.getClientArea().width);
            }
        });
    }

    private static void pack(TableColumn[] columns, int fill, int width) {
        int others = 0;
        for (int i = 0; i < columns.length; i++) {
            columns[i].pack();
            others += i == fill ? 0 : columns[i].getWidth();
        }
        if (width > 0) {
            columns[fill].setWidth(Math.max(MIN_WIDTH, width - others));
        }
    }

    /**
     * A table of rows written item by item, with header and lines, scrolling both ways, found by {@code key}; choosing
     * a row gives {@code chosen} the text of its first cell.
     */
    public static Table itemTable(Composite parent, String key, Consumer<String> chosen) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ClientTags.WIDGET_KEY, key);
        table.addListener(SWT.Selection, e -> chosen.accept(((TableItem) e.item).getText(0)));
        return table;
    }

    /**
     * A tree viewer with header and lines, found by {@code key}; its columns share its width, and it scrolls sideways
     * when a column is widened beyond it.
     */
    public static TreeViewer tree(Composite parent, String key) {
        TreeViewer viewer = new TreeViewer(parent,
                SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        tree.setData(ClientTags.WIDGET_KEY, key);
        tree.addListener(SWT.Resize, e -> later(tree, () -> fit(tree.getColumns(), tree.getClientArea().width)));
        ColumnViewerToolTipSupport.enableFor(viewer);
        return viewer;
    }

    /** Runs after the current event: GTK ignores column widths set while it is sizing the table. */
    private static void later(Control control, Runnable action) {
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                action.run();
            }
        });
    }

    /**
     * Scales the columns to the width, in proportion to the widths they were given when they were added (not to what
     * they show now: GTK widens the last column to the table's width before the first fit). A table narrower than
     * its columns keeps its number columns at their given width while the text columns, whose whole text is in their
     * tooltips, can share what is left, so that an amount is not cut ("1 381 678,50 k").
     */
    private static void fit(Item[] columns, int width) {
        int[] wanted = new int[columns.length];
        int total = 0;
        int numbers = 0;
        int texts = 0;
        for (int i = 0; i < columns.length; i++) {
            Object given = columns[i].getData(WANTED_WIDTH);
            wanted[i] = given instanceof Integer w ? w : width(columns[i]);
            columns[i].setData(WANTED_WIDTH, wanted[i]);
            total += wanted[i];
            if (isNumber(columns[i])) {
                numbers += wanted[i];
            } else {
                texts++;
            }
        }
        if (total == 0 || width <= 0) {
            return;
        }
        boolean numbersWhole = width < total && width - numbers >= MIN_WIDTH * texts && total > numbers;
        for (int i = 0; i < columns.length; i++) {
            int share = !numbersWhole ? wanted[i] * width / total
                    : isNumber(columns[i]) ? wanted[i] : wanted[i] * (width - numbers) / (total - numbers);
            setWidth(columns[i], Math.max(MIN_WIDTH, share));
        }
    }

    private static boolean isNumber(Item column) {
        int alignment = column instanceof TableColumn c ? c.getAlignment() : ((TreeColumn) column).getAlignment();
        return alignment == SWT.RIGHT;
    }

    private static void setWidth(Item column, int width) {
        if (column instanceof TableColumn c) {
            c.setWidth(width);
        } else {
            ((TreeColumn) column).setWidth(width);
        }
    }

    private static int width(Item column) {
        return column instanceof TableColumn c ? c.getWidth() : ((TreeColumn) column).getWidth();
    }

    /** Adds a left-aligned column showing {@code text} of each element. */
    public static <T> void column(ColumnViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
        column(viewer, type, title, width, SWT.LEFT, text);
    }

    /** Adds a right-aligned column (for amounts and numbers) showing {@code text} of each element. */
    public static <T> void numberColumn(ColumnViewer viewer, Class<T> type, String title, int width,
            Function<T, String> text) {
        column(viewer, type, title, width, SWT.RIGHT, text);
    }

    private static <T> void column(ColumnViewer viewer, Class<T> type, String title, int width, int alignment,
            Function<T, String> text) {
        Item column;
        if (viewer instanceof TableViewer table) {
            TableViewerColumn c = new TableViewerColumn(table, alignment);
            c.getColumn().setWidth(width);
            c.getColumn().setText(title);
            c.setLabelProvider(provider(type, text, alignment == SWT.LEFT));
            column = c.getColumn();
        } else {
            TreeViewerColumn c = new TreeViewerColumn((TreeViewer) viewer, alignment);
            c.getColumn().setWidth(width);
            c.getColumn().setText(title);
            c.setLabelProvider(provider(type, text, alignment == SWT.LEFT));
            column = c.getColumn();
        }
        column.setData(ClientTags.WIDGET_KEY, title);
        column.setData(WANTED_WIDTH, width);
    }

    /** Makes {@code width} the width the column is given when the table's width is shared again. */
    static void want(Item column, int width) {
        column.setData(WANTED_WIDTH, width);
    }

    /** A cell's text, and for a text column ({@code tipped}) the same text as its tooltip when it has one. */
    private static <T> ColumnLabelProvider provider(Class<T> type, Function<T, String> text, boolean tipped) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }

            @Override
            public String getToolTipText(Object element) {
                String shown = getText(element);
                return tipped && shown != null && !shown.isEmpty() ? shown : null;
            }
        };
    }
}
