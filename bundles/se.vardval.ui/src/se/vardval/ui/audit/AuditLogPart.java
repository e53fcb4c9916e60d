package se.vardval.ui.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.AuditQuery;
import se.vardval.exports.AuditExport;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.parts.Widgets;

/**
 * The audit log: who changed which provider, unit, contract, rulebook, run, user or setting when, filtered by period,
 * user, entity type and a text in the entity's key or states; the selected change's state before and after side by
 * side; the shown entries exported as CSV or xlsx (personnummer masked).
 */
public class AuditLogPart {

    /** The most entries shown at once. */
    static final int LIMIT = 1_000;

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    AuditLog audit;

    @Inject
    UISynchronize sync;

    private final AuditExport export = new AuditExport(ZoneId.systemDefault());
    private Text from;
    private Text to;
    private Combo user;
    private Combo entity;
    private Text text;
    private Label status;
    private TableViewer table;
    private Text changes;
    private Text before;
    private Text after;
    private AuditNames names;
    private List<AuditEntry> shown = List.of();

    @PostConstruct
    void create(Composite parent) {
        names = new AuditNames(messages.audit_names);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters(parent);
        statusRow(parent);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).applyTo(sash);
        table = Tables.table(sash, "audit.entries");
        table.setContentProvider(ArrayContentProvider.getInstance());
        Tables.column(table, AuditEntry.class, messages.audit_at, 140, e -> field(e, 0));
        Tables.column(table, AuditEntry.class, messages.audit_user, 80, AuditEntry::user);
        Tables.column(table, AuditEntry.class, messages.audit_entity, 120, e -> names.nameOf(e.entity()));
        Tables.column(table, AuditEntry.class, messages.audit_key, 150, e -> field(e, 3));
        Tables.column(table, AuditEntry.class, messages.audit_action, 90, e -> names.nameOf(e.action()));
        Tables.column(table, AuditEntry.class, messages.audit_after, 330, e -> abbreviated(field(e, 6)));
        table.addSelectionChangedListener(e -> showStates(((IStructuredSelection) e.getSelection()).getFirstElement()));
        Composite states = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(states);
        Label changed = new Label(states, SWT.NONE);
        changed.setText(messages.audit_changes);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(changed);
        changes = new Text(states, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        changes.setData(ClientTags.WIDGET_KEY, "audit.changes");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(100, 60).applyTo(changes);
        new Label(states, SWT.NONE).setText(messages.audit_before);
        new Label(states, SWT.NONE).setText(messages.audit_after);
        before = stateText(states, "audit.before");
        after = stateText(states, "audit.after");
        sash.setWeights(3, 2);
        search();
    }

    private void filters(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(11).applyTo(bar);
        new Label(bar, SWT.NONE).setText(messages.audit_from);
        from = text(bar, "audit.from", 90, messages.audit_dateHint);
        new Label(bar, SWT.NONE).setText(messages.audit_to);
        to = text(bar, "audit.to", 90, messages.audit_dateHint);
        new Label(bar, SWT.NONE).setText(messages.audit_user);
        user = combo(bar, "audit.user", audit.users());
        new Label(bar, SWT.NONE).setText(messages.audit_entity);
        entity = combo(bar, "audit.entity", audit.entityTypes().stream().map(names::nameOf).toList());
        new Label(bar, SWT.NONE).setText(messages.audit_text);
        text = text(bar, "audit.text", 140, messages.audit_textHint);
        text.addListener(SWT.DefaultSelection, e -> search());
        Widgets.button(bar, messages.audit_show, "audit.show", this::search);
    }

    /** The status line, with the export of what is shown at its end. */
    private void statusRow(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
        status = new Label(row, SWT.NONE);
        status.setData(ClientTags.WIDGET_KEY, "audit.status");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        Widgets.button(row, messages.audit_exportCsv, "audit.exportCsv", () -> chooseFile("*.csv"));
        Widgets.button(row, messages.audit_exportXlsx, "audit.exportXlsx", () -> chooseFile("*.xlsx"));
    }

    private static Text text(Composite parent, String key, int width, String hint) {
        Text field = new Text(parent, SWT.BORDER);
        field.setData(ClientTags.WIDGET_KEY, key);
        field.setMessage(hint);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(field);
        return field;
    }

    private Combo combo(Composite parent, String key, List<String> values) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.add(messages.audit_all);
        values.forEach(combo::add);
        combo.select(0);
        combo.setData(ClientTags.WIDGET_KEY, key);
        return combo;
    }

    private static Text stateText(Composite parent, String key) {
        Text state = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        state.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().grab(true, true).hint(100, 100).applyTo(state);
        return state;
    }

    /** Reads the entries the filters select, in the background. */
    void search() {
        Optional<AuditQuery> query = query();
        if (query.isEmpty()) {
            status.setText(messages.audit_badDate);
            return;
        }
        status.setText(messages.audit_reading);
        Job.create(messages.audit_reading, monitor -> {
            try {
                List<AuditEntry> found = audit.entries(query.get());
                sync.asyncExec(() -> show(found));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> showStatus(e.getMessage()));
            }
        }).schedule();
    }

    private Optional<AuditQuery> query() {
        try {
            String type = choice(entity);
            return Optional.of(new AuditQuery(day(from), day(to), choice(user), type == null ? null
                    : names.codeOf(type), text.getText(), LIMIT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate day(Text field) {
        String value = field.getText().trim();
        return value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static String choice(Combo combo) {
        return combo.getSelectionIndex() <= 0 ? null : combo.getText();
    }

    private void show(List<AuditEntry> found) {
        if (table.getTable().isDisposed()) {
            return;
        }
        shown = found;
        table.setInput(found);
        showStates(null);
        status.setText(found.size() == LIMIT ? NLS.bind(messages.audit_limited, LIMIT)
                : NLS.bind(messages.audit_found, found.size()));
    }

    private void showStatus(String message) {
        if (!status.isDisposed()) {
            status.setText(message == null ? "" : message);
        }
    }

    private void showStates(Object selected) {
        AuditEntry entry = selected instanceof AuditEntry e ? e : null;
        String stateBefore = entry == null || entry.before() == null ? "" : field(entry, 5);
        String stateAfter = entry == null || entry.after() == null ? "" : field(entry, 6);
        before.setText(StateChanges.readable(stateBefore));
        after.setText(StateChanges.readable(stateAfter));
        changes.setText(entry == null ? "" : String.join("\n", StateChanges.between(stateBefore, stateAfter)));
    }

    private String field(AuditEntry entry, int index) {
        String value = export.fields(entry).get(index);
        return value == null ? "" : value;
    }

    private static String abbreviated(String state) {
        return state.length() > 200 ? state.substring(0, 199) + "…" : state;
    }

    private void chooseFile(String extension) {
        FileDialog dialog = new FileDialog(table.getTable().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { extension });
        dialog.setFileName("audit" + extension.substring(1));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Writes the entries shown as CSV, or as a workbook when the file name ends in {@code .xlsx}. */
    void exportTo(Path file) {
        List<AuditEntry> entries = new ArrayList<>(shown);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (file.getFileName().toString().endsWith(".xlsx")) {
                export.writeXlsx(entries, out);
            } else {
                export.writeCsv(entries, out);
            }
            status.setText(NLS.bind(messages.audit_exported, entries.size(), file));
        } catch (IOException e) {
            status.setText(NLS.bind(messages.audit_exportFailed, file, e.getMessage()));
        }
    }
}
