package se.vardval.ui.parts;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
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
 * Builds the client's tables and trees: full-row selection, header, lines, and columns from text functions; a cell
 * whose text its column or the table's visible edge cuts shows its whole text as its tooltip.
 */
public final class Tables {

    private static final String WANTED_WIDTH = "vardval.wantedWidth";
    private static final String FILL_COLUMN = "vardval.fillColumn";
    private static final String FILL_WHOLE = "vardval.fillWhole";
    private static final String SPARE_EMPTY = "vardval.spareEmpty";
    private static final String SPACER = "vardval.spacer";
    private static final String SCROLLBAR_SHOWN = "vardval.scrollbarShown";
    /** The narrowest a column is made, in pixels. */
    private static final int MIN_WIDTH = 40;
    /** The share of a packed control's width that its fill column may take to show its texts whole. */
    private static final double FILL_SHARE = 2.0 / 3;

    private Tables() {
    }

    /** A table viewer with header and lines, found by {@code key}; its columns share its width. */
    public static TableViewer table(Composite parent, String key) {
        return table(parent, key, SWT.V_SCROLL);
    }

    /**
     * A table viewer as {@link #table}, that also scrolls sideways: for {@link #packColumns(TableViewer, int)}, which
     * may leave the text columns after its amounts beyond its width.
     */
    public static TableViewer scrollingTable(Composite parent, String key) {
        return table(parent, key, SWT.V_SCROLL | SWT.H_SCROLL);
    }

    private static TableViewer table(Composite parent, String key, int scrolling) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | scrolling);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ClientTags.WIDGET_KEY, key);
        table.addListener(SWT.Resize, e -> refit(table));
        CutTextTip.enableFor(table);
        return viewer;
    }

    /**
     * Makes a cell of a table written item by item, without a viewer, show its whole text as its tooltip where its
     * column or the table's visible edge cuts it.
     */
    public static void tipCutTexts(Table table) {
        CutTextTip.enableFor(table);
    }

    /**
     * Sizes the table's columns to what they show instead of sharing its width in proportion, beside its vertical
     * scrollbar: column {@code fill} (a text column before the amounts) takes the width left over, and where that would
     * cut its texts it is as wide as they are up to two thirds of the width, as far as the amounts stay whole, the text
     * columns after them then reached by scrolling sideways ({@link #scrollingTable}); {@link #refit} after new rows.
     * It adds an empty last column, as for a tree.
     */
    public static void packColumns(TableViewer viewer, int fill) {
        TableViewerColumn spacer = new TableViewerColumn(viewer, SWT.LEFT);
        spacer.setLabelProvider(provider(Object.class, o -> ""));
        packed(viewer.getTable(), spacer.getColumn(), fill);
    }

    /**
     * Sizes the columns of a table whose items are written without a viewer (a virtual table's to the items it has
     * made) to what they show, whole beside its vertical scrollbar while they fit; where they do not, column
     * {@code giving} (a text column) gives up what is missing. The width left over stays empty after the last column,
     * and a table whose columns are made anew is packed again after them.
     */
    public static void packColumnsLeavingSpareEmpty(Table table, int giving) {
        table.setData(SPARE_EMPTY, Boolean.TRUE);
        packed(table, new TableColumn(table, SWT.LEFT), giving);
    }

    /**
     * Sizes the tree's columns to what its expanded rows show, column {@code fill} (a text column) taking the width
     * left over beside the vertical scrollbar; {@link #refit} after new rows. It adds an empty last column, because
     * GTK widens the last column to the tree's edge, under its overlay scrollbar, where an amount would be cut; a
     * tree whose columns are made anew is packed again after them.
     */
    public static void packColumns(TreeViewer viewer, int fill) {
        TreeViewerColumn spacer = new TreeViewerColumn(viewer, SWT.LEFT);
        spacer.setLabelProvider(provider(Object.class, o -> ""));
        packed(viewer.getTree(), spacer.getColumn(), fill);
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
     * Marks {@code spacer} as the control's empty last column and packs the columns around column {@code fill}, now
     * and whenever the vertical scrollbar comes or goes.
     */
    private static void packed(Scrollable control, Item spacer, int fill) {
        spacer.setData(SPACER, Boolean.TRUE);
        if (spacer instanceof TableColumn column) {
            column.setResizable(false);
        } else {
            ((TreeColumn) spacer).setResizable(false);
        }
        if (control.getData(FILL_COLUMN) == null) {
            refitOnScrollbar(control);
        }
        control.setData(FILL_COLUMN, fill);
        refitLater(control);
    }

    /**
     * Sizes the columns again when the vertical scrollbar has come or gone since they were sized: GTK shows it once
     * the rows are laid out, after the columns were sized for them and without resizing the control.
     */
    private static void refitOnScrollbar(Scrollable control) {
        control.addListener(SWT.Paint, e -> {
            Boolean shown = scrollbarShown(control);
            if (!shown.equals(control.getData(SCROLLBAR_SHOWN))) {
                control.setData(SCROLLBAR_SHOWN, shown);
                refitLater(control);
            }
        });
    }

    private static Boolean scrollbarShown(Scrollable control) {
        return control.getVerticalBar() != null && control.getVerticalBar().isVisible();
    }

    /** Sizes the table's columns again, after the current event, to its width (and its rows, when packed). */
    public static void refit(Table table) {
        refitLater(table);
    }

    /** Sizes the tree's columns again, after the current event, to its width (and its rows, when packed). */
    public static void refit(Tree tree) {
        refitLater(tree);
    }

    private static void refitLater(Scrollable control) {
        later(control, () -> size(control,
                control instanceof Table table ? table.getColumns() : ((Tree) control).getColumns()));
    }

    /** Packed columns end beside the vertical scrollbar, the others share the client area. */
    private static void size(Scrollable control, Item[] columns) {
        if (control.getData(FILL_COLUMN) instanceof Integer fill) {
            control.setData(SCROLLBAR_SHOWN, scrollbarShown(control));
            pack(columns, fill, besideScrollbar(control), control.getData(FILL_WHOLE) != null,
                    control.getData(SPARE_EMPTY) != null);
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
     * Packs the columns, column {@code fill} then taking the width left over (with {@code spareEmpty} none beyond its
     * packed width); where that is narrower than its packed width, it keeps that width up to {@link #FILL_SHARE} of
     * the width and as far as the columns up to the last number column still end within it, so that only text columns
     * after the numbers go beyond it, or with {@code fillWhole} its packed width whatever follows.
     */
    private static void pack(Item[] columns, int fill, int width, boolean fillWhole, boolean spareEmpty) {
        int others = 0;
        int afterNumbers = 0;
        for (int i = 0; i < columns.length; i++) {
            pack(columns[i]);
            if (i != fill) {
                others += width(columns[i]);
                afterNumbers = isNumber(columns[i]) ? 0
                        : afterNumbers + (columns[i].getData(SPACER) == null ? width(columns[i]) : 0);
            }
        }
        if (width > 0) {
            int packed = width(columns[fill]);
            int whole = fillWhole ? packed
                    : Math.min(packed, Math.min((int) (width * FILL_SHARE), width - others + afterNumbers));
            int taken = Math.max(whole, width - others);
            setWidth(columns[fill], Math.max(MIN_WIDTH, spareEmpty ? Math.min(packed, taken) : taken));
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
        CutTextTip.enableFor(table);
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
        CutTextTip.enableFor(tree);
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
    public static <T> void column(ColumnViewer viewer, Class<T> type, String title, int width,
            Function<T, String> text) {
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
            c.setLabelProvider(provider(type, text));
            column = c.getColumn();
        } else {
            TreeViewerColumn c = new TreeViewerColumn((TreeViewer) viewer, alignment);
            c.getColumn().setWidth(width);
            c.getColumn().setText(title);
            c.setLabelProvider(provider(type, text));
            column = c.getColumn();
        }
        column.setData(ClientTags.WIDGET_KEY, title);
        column.setData(WANTED_WIDTH, width);
    }

    /** Makes {@code width} the width the column is given when the table's width is shared again. */
    static void want(Item column, int width) {
        column.setData(WANTED_WIDTH, width);
    }

    /** A cell's text. */
    private static <T> ColumnLabelProvider provider(Class<T> type, Function<T, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        };
    }
}
