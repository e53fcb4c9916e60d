package se.vardval.annual.ui.internal;

import java.util.List;
import java.util.OptionalInt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import se.vardval.core.store.RulebookStore;

/** A view's choice among the vårdval's draft rulebooks, newest year first, in a read-only list found by its key. */
final class DraftChoice {

    private static final int WIDTH = 160;

    private final Combo combo;
    private final String careChoice;
    private final RulebookStore store;
    private final Messages messages;
    private List<RulebookChoice> drafts = List.of();

    DraftChoice(Composite parent, String key, String careChoice, RulebookStore store, Messages messages) {
        combo = Fields.combo(parent, key, List.of(), WIDTH);
        this.careChoice = careChoice;
        this.store = store;
        this.messages = messages;
    }

    /** Reads the drafts again and chooses the newest; false when the vårdval has none. */
    boolean reload() {
        drafts = RulebookChoice.stored(careChoice, store, messages).stream().filter(RulebookChoice::draft).toList();
        combo.setItems(drafts.stream().map(RulebookChoice::label).toArray(String[]::new));
        if (drafts.isEmpty()) {
            return false;
        }
        combo.select(0);
        return true;
    }

    /** The chosen draft's year; empty when none is chosen. */
    OptionalInt year() {
        int chosen = combo.getSelectionIndex();
        return chosen < 0 ? OptionalInt.empty() : OptionalInt.of(drafts.get(chosen).rulebook().year());
    }

    /** Runs {@code action} when the user chooses another draft. */
    void onChoice(Runnable action) {
        combo.addListener(SWT.Selection, e -> action.run());
    }
}
