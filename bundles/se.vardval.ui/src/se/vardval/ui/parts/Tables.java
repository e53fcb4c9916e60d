package se.vardval.ui.parts;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;

import se.vardval.ui.api.ClientTags;

/** Builds the client's tables and trees: full-row selection, header, lines, and columns from text functions. */
public final class Tables {

    private Tables() {
    }

    /** A table viewer with header and lines, found by {@code key}. */
    public static TableViewer table(Composite parent, String key) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(ClientTags.WIDGET_KEY, key);
        return viewer;
    }

    /** A tree viewer with header and lines, found by {@code key}. */
    public static TreeViewer tree(Composite parent, String key) {
        TreeViewer viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setData(ClientTags.WIDGET_KEY, key);
        return viewer;
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
    }

    private static <T> ColumnLabelProvider provider(Class<T> type, Function<T, String> text) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        };
    }
}
