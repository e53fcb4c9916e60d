package se.vardval.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import se.vardval.ui.api.ClientTags;

/** Makes keyed push buttons, finds widgets by their {@link ClientTags#WIDGET_KEY} and reads what a tree shows. */
public final class Widgets {

    private Widgets() {
    }

    /** The control under {@code root} (or root itself) whose key is {@code key}, or null. */
    public static <T extends Control> T find(Control root, String key, Class<T> type) {
        if (key.equals(root.getData(ClientTags.WIDGET_KEY)) && type.isInstance(root)) {
            return type.cast(root);
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                T found = find(child, key, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A push button with its text, its key ({@link ClientTags#WIDGET_KEY}) and the action it runs when pressed. */
    public static Button button(Composite parent, String text, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(ClientTags.WIDGET_KEY, key);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** The texts of a tree's visible items, indented two spaces per level. */
    public static List<String> visibleItems(Tree tree) {
        List<String> lines = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, 0, lines);
        }
        return lines;
    }

    private static void collect(TreeItem item, int depth, List<String> lines) {
        lines.add("  ".repeat(depth) + item.getText());
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                collect(child, depth + 1, lines);
            }
        }
    }
}
