package se.vardval.ui.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.ModelTool;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RulebookChange;
import se.vardval.core.model.ToolInput;
import se.vardval.core.model.ToolResult;
import se.vardval.core.service.ModelTools;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.rulebook.Captions;
import se.vardval.ui.parts.Widgets;

/**
 * One model tool of a vårdval (its plugin's, through the generic {@link ModelTools} service): the tool's inputs (a
 * draft year is chosen among the vårdval's drafts), Run in the background, the result table and notes, and "Apply to
 * draft", which the rulebook service checks (role, the model's validation) and audits. A result cell whose text its
 * column cuts shows it whole as its tooltip.
 */
public class ModelToolPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    ModelTools tools;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Named(TranslationService.LOCALE)
    Locale locale;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    UISynchronize sync;

    @Inject
    @Optional
    IEventBroker events;

    private String careChoice;
    private ModelTool tool;
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private Label status;
    private Table table;
    private Label notes;
    private Button apply;
    private RulebookChange proposed;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        String toolId = part.getPersistedState().get(ClientTags.ITEM);
        tool = tools.tools(careChoice).stream().filter(t -> t.id().equals(toolId)).findFirst().orElseThrow();
        part.setLabel(tool.name(locale));
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(tool.name(locale));
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        Label description = new Label(parent, SWT.WRAP);
        description.setText(tool.description(locale));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(description);
        inputs(parent);
        status = new Label(parent, SWT.WRAP);
        status.setData(ClientTags.WIDGET_KEY, "tool.status");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ClientTags.WIDGET_KEY, "tool.result");
        Tables.tipCutTexts(table);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        notes = new Label(parent, SWT.WRAP);
        notes.setData(ClientTags.WIDGET_KEY, "tool.notes");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(notes);
        apply = Widgets.button(parent, messages.tool_apply, "tool.apply", this::apply);
        apply.setEnabled(false);
    }

    private void inputs(Composite parent) {
        Composite form = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(form);
        for (ToolInput input : tool.inputs(locale)) {
            new Label(form, SWT.NONE).setText(input.label() + ":");
            Control field = input.kind() == ToolInput.Kind.DRAFT_YEAR ? drafts(form) : new Text(form, SWT.BORDER);
            field.setData(ClientTags.WIDGET_KEY, "tool.input." + input.id());
            GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(field);
            if (field instanceof Text text && input.kind() == ToolInput.Kind.MONTH) {
                text.setMessage(messages.tool_monthHint);
            }
            fields.put(input.id(), field);
        }
        new Label(form, SWT.NONE);
        Widgets.button(form, messages.tool_run, "tool.run", this::run);
    }

    private Combo drafts(Composite parent) {
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        rulebooks.list(careChoice).stream().filter(r -> r.status() == RulebookStatus.DRAFT).map(Rulebook::year)
                .sorted().forEach(year -> combo.add(year.toString()));
        if (combo.getItemCount() > 0) {
            combo.select(combo.getItemCount() - 1);
        }
        return combo;
    }

    /** Runs the tool with the inputs as they are, in the background. */
    void run() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((id, field) -> values.put(id, field instanceof Text t ? t.getText() : ((Combo) field).getText()));
        status.setText(messages.tool_running);
        apply.setEnabled(false);
        Job.create(tool.name(locale), monitor -> {
            try {
                ToolResult result = tools.run(careChoice, tool.id(), values, locale);
                sync.asyncExec(() -> show(result));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    if (!status.isDisposed()) {
                        status.setText(e.getMessage());
                    }
                });
            }
        }).schedule();
    }

    private void show(ToolResult result) {
        if (table.isDisposed()) {
            return;
        }
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        for (int c = 0; c < result.columns().size(); c++) {
            TableColumn column = new TableColumn(table, c == 0 ? SWT.LEFT : SWT.RIGHT);
            column.setText(result.columns().get(c));
            column.setWidth(c == 0 ? 100 : 150);
        }
        for (List<String> row : result.rows()) {
            new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
        }
        notes.setText(String.join("\n", result.notes()));
        proposed = result.proposedChange().orElse(null);
        apply.setEnabled(proposed != null);
        status.setText(proposed == null ? messages.tool_done
                : NLS.bind(messages.tool_proposes, Captions.of(tool, locale).ofPath(proposed.path()) + " ("
                        + proposed.path() + ")", proposed.year()));
        notes.getParent().layout(true, true);
    }

    /** Applies the proposed change to the draft as the acting user; a refusal is shown. */
    void apply() {
        if (proposed == null) {
            return;
        }
        try {
            tools.apply(careChoice, proposed, user.name());
            status.setText(NLS.bind(messages.tool_applied, proposed.path(), proposed.year()));
            apply.setEnabled(false);
            if (events != null) {
                events.post(PartIds.DATA_CHANGED, careChoice);
            }
        } catch (RuntimeException e) {
            status.setText(e.getMessage());
        }
    }
}
