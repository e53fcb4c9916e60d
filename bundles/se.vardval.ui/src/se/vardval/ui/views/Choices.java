package se.vardval.ui.views;

import java.util.List;

import org.eclipse.swt.widgets.Combo;

/** Refills a view's choice of unit or clinic: the item for all of them first, then the named ones. */
public final class Choices {

    private Choices() {
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
}
