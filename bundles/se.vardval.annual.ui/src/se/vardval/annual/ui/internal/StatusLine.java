package se.vardval.annual.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import se.vardval.ui.api.ClientTags;

/**
 * A view's line of what happened: an outcome in the normal colour, a refusal's one-line reason in red, wrapping onto
 * as many lines as it needs.
 */
final class StatusLine {

    private final Label label;

    StatusLine(Composite parent, String key, int columns) {
        label = new Label(parent, SWT.WRAP);
        label.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).hint(200, SWT.DEFAULT).applyTo(label);
    }

    void info(String text) {
        show(text, SWT.COLOR_WIDGET_FOREGROUND);
    }

    void error(String text) {
        show(text, SWT.COLOR_RED);
    }

    String text() {
        return label.getText();
    }

    private void show(String text, int colour) {
        label.setForeground(label.getDisplay().getSystemColor(colour));
        label.setText(text == null ? "" : text);
        label.getShell().layout(new Control[] { label });
    }

    /** The one-line reason of a refusal, never a stack trace. */
    static String reason(RuntimeException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
