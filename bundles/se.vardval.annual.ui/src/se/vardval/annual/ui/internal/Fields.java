package se.vardval.annual.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.vardval.ui.api.ClientTags;

/** The small widgets the year's views are built of, each found by its key. */
final class Fields {

    private Fields() {
    }

    static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        return group;
    }

    static Label label(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    static Text text(Composite parent, String key, int width) {
        Text text = new Text(parent, SWT.BORDER);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(text);
        return text;
    }

    static Combo combo(Composite parent, String key, List<String> items, int width) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(ClientTags.WIDGET_KEY, key);
        combo.setItems(items.toArray(String[]::new));
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(combo);
        return combo;
    }

    static Button button(Composite parent, String text, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(ClientTags.WIDGET_KEY, key);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Lets a table or tree share out its width again now that it has content (see {@code Tables}). */
    static void fit(Control control) {
        control.notifyListeners(SWT.Resize, new Event());
    }

    static Button check(Composite parent, String text, String key) {
        Button button = new Button(parent, SWT.CHECK);
        button.setText(text);
        button.setData(ClientTags.WIDGET_KEY, key);
        return button;
    }
}
