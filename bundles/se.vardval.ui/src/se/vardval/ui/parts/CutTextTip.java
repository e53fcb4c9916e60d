package se.vardval.ui.parts;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A tooltip over a table's or tree's cells that shows a cell's whole text where its column or the table's visible edge
 * (a cell reached by scrolling sideways) cuts it.
 */
final class CutTextTip extends DefaultToolTip {

    /** A row's cell in one column, the area a tooltip is shown for. */
    private record Cell(Item item, int column) {
    }

    private final Scrollable control;

    private CutTextTip(Scrollable control) {
        super(control, ToolTip.NO_RECREATE, false);
        this.control = control;
    }

    /** Shows the whole text of the table's or tree's cells that their columns or its edges cut, as their tooltips. */
    static void enableFor(Scrollable control) {
        new CutTextTip(control);
    }

    @Override
    protected Object getToolTipArea(Event event) {
        return cell(new Point(event.x, event.y));
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        return super.shouldCreateToolTip(event) && getText(event) != null;
    }

    /** The whole text of the cell under the pointer where its column or the table's edge cuts it, else null. */
    @Override
    protected String getText(Event event) {
        Cell cell = cell(new Point(event.x, event.y));
        return cell == null ? null : cutText(cell);
    }

    /** The cell at {@code point}, or null where there is none. */
    private Cell cell(Point point) {
        Item item = control instanceof Table table ? table.getItem(point) : ((Tree) control).getItem(point);
        for (int column = 0; item != null && column < Math.max(1, columns()); column++) {
            if (bounds(item, column, false).contains(point)) {
                return new Cell(item, column);
            }
        }
        return null;
    }

    private int columns() {
        return control instanceof Table table ? table.getColumnCount() : ((Tree) control).getColumnCount();
    }

    /**
     * The cell's text when the table does not show all of it: wider than its column, or drawn (from the left, a
     * right-aligned text from the right) partly past the table's visible edge; else null.
     */
    private String cutText(Cell cell) {
        String text = cell.item() instanceof TableItem row ? row.getText(cell.column())
                : ((TreeItem) cell.item()).getText(cell.column());
        if (text.isEmpty()) {
            return null;
        }
        Rectangle room = bounds(cell.item(), cell.column(), true);
        int width = width(text, font(cell));
        int start = alignment(cell.column()) == SWT.RIGHT ? room.x + room.width - width : room.x;
        Rectangle visible = control.getClientArea();
        return width > room.width || start < visible.x || start + width > visible.x + visible.width ? text : null;
    }

    private int width(String text, Font font) {
        GC gc = new GC(control);
        try {
            gc.setFont(font);
            return gc.textExtent(text).x;
        } finally {
            gc.dispose();
        }
    }

    private int alignment(int column) {
        if (columns() == 0) {
            return SWT.LEFT;
        }
        return control instanceof Table table ? table.getColumn(column).getAlignment()
                : ((Tree) control).getColumn(column).getAlignment();
    }

    private static Font font(Cell cell) {
        return cell.item() instanceof TableItem row ? row.getFont(cell.column())
                : ((TreeItem) cell.item()).getFont(cell.column());
    }

    /** The cell's bounds, or with {@code text} those of its text. */
    private static Rectangle bounds(Item item, int column, boolean text) {
        if (item instanceof TableItem row) {
            return text ? row.getTextBounds(column) : row.getBounds(column);
        }
        TreeItem row = (TreeItem) item;
        return text ? row.getTextBounds(column) : row.getBounds(column);
    }
}
