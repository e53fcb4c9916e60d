package se.vardval.ui.register;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ConcurrentChangeException;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.Widgets;

/**
 * An editor of one register record (provider, unit, contract): its fields, Save and Reload. Saving checks the fields
 * first, then changes the record as it was read; when another administrator changed it meanwhile the store refuses
 * and the editor says so, keeping the user's edits on screen, instead of overwriting the other change. A part without
 * an item registers a new record: its key is editable until the record is saved, after which it edits that record.
 */
public abstract class RegisterEditor {

    @Inject
    @Translation
    protected Messages messages;

    @Inject
    @Service
    protected MasterDataStore masterData;

    @Inject
    protected MPart part;

    @Inject
    protected ActingUser user;

    @Inject
    @Optional
    IEventBroker events;

    private Label title;
    private Label status;
    private Composite fields;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
        title = new Label(bar, SWT.NONE);
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Widgets.button(bar, messages.rulebook_save, "register.save", this::persist);
        Widgets.button(bar, messages.rulebook_reload, "register.reload", this::reload);
        status = new Label(parent, SWT.WRAP);
        status.setData(ClientTags.WIDGET_KEY, "register.status");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
        fields = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(fields);
        build(fields, part.getPersistedState().get(ClientTags.ITEM));
        title.setText(heading());
        part.setLabel(heading());
    }

    /**
     * Reads the record named by the part's item and builds its fields in the two-column {@code area}; without an item
     * ({@code null}) builds empty fields for a new record, starting from the part's {@link ClientTags#PRESET}.
     */
    protected abstract void build(Composite area, String item);

    /** The item (key) of the record edited, for the part's persisted state; null while it is not yet saved. */
    protected abstract String item();

    /** The editor's title, e.g. the unit's name. */
    protected abstract String heading();

    /** The problems with the fields as they are now; empty when they may be saved. */
    protected abstract List<String> problems();

    /** Stores the fields over the record as it was read, as {@code user}. */
    protected abstract void store(String user);

    /** Reads the record again and shows it in the fields (a new record's fields emptied). */
    protected abstract void reread();

    /** Reload: the record as stored, the user's edits dropped and the status cleared. */
    private void reload() {
        reread();
        part.setDirty(false);
        status("");
    }

    @Persist
    void persist() {
        List<String> found = problems();
        if (!found.isEmpty()) {
            status(NLS.bind(messages.register_problems, String.join("; ", found)));
            return;
        }
        try {
            boolean created = item() == null;
            store(user.name());
            part.getPersistedState().put(ClientTags.ITEM, item());
            title.setText(heading());
            part.setLabel(heading());
            part.setDirty(false);
            status(created ? createdMessage() : messages.rulebook_saved);
            if (events != null) {
                events.post(PartIds.DATA_CHANGED, heading());
            }
        } catch (ConcurrentChangeException e) {
            status(messages.register_conflict);
        } catch (UserError e) {
            status(e.getMessage());
        }
    }

    /** Shows a message above the fields. */
    protected void status(String text) {
        status.setText(text);
        status.getParent().layout();
    }

    /** What the editor says when it has registered a new record. */
    protected String createdMessage() {
        return messages.register_created;
    }

    /** The part's {@link ClientTags#PRESET}, or null. */
    protected String preset() {
        return part.getPersistedState().get(ClientTags.PRESET);
    }

    /** Marks the part dirty (after an edit). */
    protected void edited() {
        part.setDirty(true);
    }

    /** A labelled text field; {@code editable} false shows a key that cannot change. */
    protected Text text(String label, String key, String value, boolean editable) {
        new Label(fields, SWT.NONE).setText(label);
        Text text = new Text(fields, SWT.BORDER | (editable ? 0 : SWT.READ_ONLY));
        text.setText(value == null ? "" : value);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> edited());
        return text;
    }

    /** A labelled choice among {@code items}, {@code selected} chosen. */
    protected Combo choice(String label, String key, List<String> items, String selected) {
        new Label(fields, SWT.NONE).setText(label);
        Combo combo = new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN);
        items.forEach(combo::add);
        combo.select(Math.max(0, items.indexOf(selected)));
        combo.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(combo);
        combo.addListener(SWT.Selection, e -> edited());
        return combo;
    }

    /** Shows the key a new record was stored under in its field, which cannot change from now on. */
    protected static void keyStored(Text field, String key) {
        field.setText(key);
        field.setEditable(false);
    }

    /** Collects problems: {@code problem} when {@code bad}. */
    protected static void check(List<String> problems, boolean bad, String problem) {
        if (bad) {
            problems.add(problem);
        }
    }

    /** A new list to collect problems in. */
    protected static List<String> problemList() {
        return new ArrayList<>();
    }
}
