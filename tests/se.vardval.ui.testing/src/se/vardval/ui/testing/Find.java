package se.vardval.ui.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Control;

import se.vardval.ui.parts.Widgets;

/** Finds a widget by its data key under a root, failing the test when there is none. */
public final class Find {

    private Find() {
    }

    /** The control under {@code root} whose key is {@code key}. */
    public static <T extends Control> T widget(Control root, String key, Class<T> type) {
        T widget = Widgets.find(root, key, type);
        assertNotNull(widget, "no widget " + key + " (" + type.getSimpleName() + ")");
        return widget;
    }
}
