package se.vardval.ui.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import se.vardval.ui.api.ClientTags;

/** A view's choice of unit or clinic: the item for all of them first, then the named ones. */
public final class Choices {

    private Choices() {
    }

    /**
     * A read-only choice found by {@code key} holding only {@code all}, chosen; {@code onChoice} runs when the user
     * chooses an item.
     */
    public static Combo withAll(Composite parent, String key, String all, Runnable onChoice) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setData(ClientTags.WIDGET_KEY, key);
        combo.add(all);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> onChoice.run());
        return combo;
    }

    /**
     * Gives the combo {@code all} and then {@code names}, keeping the chosen item when it is still among them and
     * choosing {@code all} otherwise.
     */
    public static void refill(Combo combo, String all, List<String> names) {
        String chosen = combo.getText();
        combo.removeAll();
        combo.add(all);
        names.forEach(combo::add);
        combo.setText(combo.indexOf(chosen) >= 0 ? chosen : all);
    }

    /** Chooses {@code name} when the combo holds it (a unit chosen in the view's table), else {@code all}. */
    public static void choose(Combo combo, String all, String name) {
        combo.setText(combo.indexOf(name) >= 0 ? name : all);
    }
}
