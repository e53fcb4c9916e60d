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
import org.eclipse.swt.widgets.Scrollable;
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
    private static final String FILL_WHOLE = "vardval.fillWhole";
    private static final String SPACER = "vardval.spacer";
    private static final String SCROLLBAR_SHOWN = "vardval.scrollbarShown";
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

    /**
     * Sizes the tree's columns to what its expanded rows show, column {@code fill} (a text column) taking the width
     * left over beside the vertical scrollbar; {@link #refit} after new rows. It adds an empty last column, because
     * GTK widens the last column to the tree's edge, under its overlay scrollbar, where an amount would be cut; a
     * tree whose columns are made anew is packed again after them.
     */
    public static void packColumns(TreeViewer viewer, int fill) {
        TreeViewerColumn spacer = new TreeViewerColumn(viewer, SWT.LEFT);
        spacer.getColumn().setResizable(false);
        spacer.getColumn().setData(SPACER, Boolean.TRUE);
        spacer.setLabelProvider(provider(Object.class, o -> "", false));
        Tree tree = viewer.getTree();
        if (tree.getData(FILL_COLUMN) == null) {
            refitOnScrollbar(tree);
        }
        tree.setData(FILL_COLUMN, fill);
        refit(tree);
    }

    /**
     * As {@link #packColumns(TreeViewer, int)}, but column {@code fill} is never narrower than its texts: a tree too
     * narrow for them and the other columns scrolls sideways.
     */
    public static void packColumnsKeepingFillWhole(TreeViewer viewer, int fill) {
        viewer.getTree().setData(FILL_WHOLE, Boolean.TRUE);
        packColumns(viewer, fill);
    }

    /**
     * Sizes the columns again when the vertical scrollbar has come or gone since they were sized: GTK shows it once
     * the rows are laid out, after the columns were sized for them and without resizing the control.
     */
    private static void refitOnScrollbar(Tree tree) {
        tree.addListener(SWT.Paint, e -> {
            Boolean shown = scrollbarShown(tree);
            if (!shown.equals(tree.getData(SCROLLBAR_SHOWN))) {
                tree.setData(SCROLLBAR_SHOWN, shown);
                refit(tree);
            }
        });
    }

    private static Boolean scrollbarShown(Scrollable control) {
        return control.getVerticalBar() != null && control.getVerticalBar().isVisible();
    }

    /** Sizes the table's columns again, after the current event, to its width (and its rows, when packed). */
    public static void refit(Table table) {
        later(table, () -> size(table, table.getColumns()));
    }

    /** Sizes the tree's columns again, after the current event, to its width (and its rows, when packed). */
    public static void refit(Tree tree) {
        later(tree, () -> size(tree, tree.getColumns()));
    }

    /** Packed columns of a tree end beside its vertical scrollbar, those of a table fill its client area. */
    private static void size(Scrollable control, Item[] columns) {
        if (control.getData(FILL_COLUMN) instanceof Integer fill) {
            control.setData(SCROLLBAR_SHOWN, scrollbarShown(control));
            int width = control instanceof Tree ? besideScrollbar(control) : control.getClientArea().width;
            pack(columns, fill, width, control.getData(FILL_WHOLE) != null);
        } else {
            fit(columns, control.getClientArea().width);
        }
    }

    /**
     * The width of the client area that the vertical scrollbar leaves uncovered: GTK's overlay scrollbar is drawn
     * over the client area's right edge, and an amount there would be cut by it.
     */
    private static int besideScrollbar(Scrollable control) {
        int width = control.getClientArea().width;
        if (!scrollbarShown(control)) {
            return width;
        }
        int beside = control.getSize().x - 2 * control.getBorderWidth() - width;
        return width - Math.max(0, control.getVerticalBar().getSize().x - beside);
    }

    /**
     * Packs the columns, column {@code fill} then taking the width left over, or with {@code fillWhole} its packed
     * width where that is wider.
     */
    private static void pack(Item[] columns, int fill, int width, boolean fillWhole) {
        int others = 0;
        for (int i = 0; i < columns.length; i++) {
            pack(columns[i]);
            others += i == fill ? 0 : width(columns[i]);
        }
        if (width > 0) {
            int least = fillWhole ? Math.max(MIN_WIDTH, width(columns[fill])) : MIN_WIDTH;
            setWidth(columns[fill], Math.max(least, width - others));
        }
    }

    /** Packs a column to its header and cells; a spacer keeps the narrowest width GTK still shows. */
    private static void pack(Item column) {
        if (column.getData(SPACER) != null) {
            setWidth(column, 1);
        } else if (column instanceof TableColumn c) {
            c.pack();
        } else {
            ((TreeColumn) column).pack();
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
        tree.addListener(SWT.Resize, e -> refit(tree));
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
