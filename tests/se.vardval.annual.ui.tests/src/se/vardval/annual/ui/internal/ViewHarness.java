package se.vardval.annual.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/** A year view built with e4 injection in a shell on the demo database, driven through its widgets. */
abstract class ViewHarness {

    /** The demo's vårdval. */
    static final String HALSOVAL = DemoDatabase.CARE_CHOICE;

    Display display;
    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", careChoice(), 1280, 800);
        display = view.display();
    }

    /** The vårdval the view shows. */
    String careChoice() {
        return HALSOVAL;
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    /** The view acts as {@code user} (else the demo's administrator). */
    void actAs(String user) {
        view.actAs(user);
    }

    /** The view's model element, e.g. for its persisted state. */
    MPart part() {
        return view.context().get(MPart.class);
    }

    /** The data of every event posted on {@code topic} from now on, as the navigator receives them. */
    List<Object> received(String topic) {
        List<Object> data = new ArrayList<>();
        view.context().get(IEventBroker.class).subscribe(topic, e -> data.add(e.getProperty(IEventBroker.DATA)));
        return data;
    }

    /** The shell the view is in, e.g. to make it as narrow as the client's editor area. */
    Shell shell() {
        return view.shell();
    }

    <T> T make(Class<T> part) {
        return view.make(part);
    }

    <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }

    void click(String key) {
        Button button = widget(key, Button.class);
        if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
    }

    void choose(String key, String label) {
        Combo combo = widget(key, Combo.class);
        int index = combo.indexOf(label);
        if (index < 0) {
            throw new AssertionError(key + " has no item '" + label + "' among " + String.join(", ", combo.getItems()));
        }
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** The row of a table whose first column reads {@code first}. */
    static TableItem row(Table table, String first) {
        for (TableItem item : table.getItems()) {
            if (item.getText(0).equals(first)) {
                return item;
            }
        }
        throw new AssertionError("no row " + first);
    }

    void save(String name) throws Exception {
        view.save(name);
    }
}
