package se.vardval.ui.rulebook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RejectedFileError;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.FileProblem;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.views.CareChoiceNames;
import se.vardval.ui.views.Split;
import se.vardval.ui.parts.Widgets;

/**
 * The rulebook of a vårdval and year, edited through the generic parameter form its model's schema gives: every edit
 * is validated by the model at once and its problems shown on the field; a draft is saved (refused while it has
 * problems, or when someone else saved it meanwhile) and decided with its decision reference, after which it is
 * read-only; in any status it is exported as its JSON document.
 */
public class RulebookEditorPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookService rulebookService;

    @Inject
    @Service
    ModelCatalog models;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    @Optional
    IEventBroker events;

    @Inject
    @Optional
    @Named(TranslationService.LOCALE)
    Locale locale;

    private String careChoice;
    private int year;
    private Label title;
    private Label status;
    private Button save;
    private Button decide;
    private Button importTable;
    private Button exportJson;
    private RulebookExport export;
    private ScrolledComposite scroller;
    private TableViewer problems;
    private Rulebook loaded;
    private ReimbursementModel model;
    private ObjectNode working;
    private ParameterForm form;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        year = Integer.parseInt(part.getPersistedState().get(ClientTags.ITEM));
        export = new RulebookExport(rulebookService, messages);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        header(parent);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        problems = Tables.table(sash, "rulebook.problems");
        Tables.column(problems, ParameterProblem.class, messages.rulebook_path, 300,
                problem -> JsonPath.readable(problem.path(), messages.rulebook_row));
        Tables.column(problems, ParameterProblem.class, messages.rulebook_reason, 600, ParameterProblem::reason);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        problems.addDoubleClickListener(e -> reveal((ParameterProblem) ((IStructuredSelection) e.getSelection())
                .getFirstElement()));
        sash.setWeights(78, 22);
        load();
    }

    private void header(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(6).margins(6, 6).applyTo(bar);
        title = new Label(bar, SWT.NONE);
        title.setData(ClientTags.WIDGET_KEY, "rulebook.title");
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        save = Widgets.button(bar, messages.rulebook_save, "rulebook.save", this::persist);
        decide = Widgets.button(bar, messages.rulebook_decide, "rulebook.decide", this::decide);
        importTable = Widgets.button(bar, messages.rulebook_importTable, "rulebook.importTable", this::askForTable);
        exportJson = Widgets.button(bar, messages.rulebook_exportJson, "rulebook.exportJson", this::askForExportFile);
        Widgets.button(bar, messages.rulebook_reload, "rulebook.reload", this::reload);
        status = new Label(bar, SWT.NONE);
        status.setData(ClientTags.WIDGET_KEY, "rulebook.status");
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(status);
    }

    /** Reads the rulebook again, after asking whether to discard the edits when there are unsaved ones. */
    private void reload() {
        if (!part.isDirty() || MessageDialog.openQuestion(status.getShell(), messages.rulebook_reloadTitle,
                messages.rulebook_reloadUnsaved)) {
            load();
        }
    }

    /** Reads the rulebook as it is stored now and builds its form. */
    void load() {
        loaded = rulebooks.find(careChoice, year).orElse(null);
        model = loaded == null ? null : models.model(loaded.modelType()).orElse(null);
        if (scroller.getContent() != null) {
            scroller.getContent().dispose();
        }
        part.setDirty(false);
        exportJson.setEnabled(loaded != null);
        if (loaded == null || model == null) {
            title.setText(NLS.bind(messages.rulebook_title, CareChoiceNames.of(masterData, careChoice), year));
            status.setText(loaded == null ? messages.rulebook_missing
                    : NLS.bind(messages.rulebook_noModel, loaded.modelType()));
            save.setEnabled(false);
            decide.setEnabled(false);
            importTable.setEnabled(false);
            return;
        }
        part.setLabel(NLS.bind(messages.rulebook_partLabel, CareChoiceNames.of(masterData, careChoice), year));
        title.setText(NLS.bind(messages.rulebook_title, model.displayName(), year));
        show((ObjectNode) loaded.parameters().deepCopy());
    }

    /** Builds the form of the parameters being edited. */
    private void show(ObjectNode parameters) {
        if (scroller.getContent() != null) {
            scroller.getContent().dispose();
        }
        boolean draft = loaded.status() == RulebookStatus.DRAFT;
        working = parameters;
        List<JsonNode> examples = examples();
        List<JsonNode> probed = new ArrayList<>(examples);
        probed.add(0, working);
        ParameterSchema schema = new ParameterSchema(examples, new ChoiceProbe(model, probed));
        Composite content = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(content);
        form = new ParameterForm(content, schema.describe(working), working, draft, messages,
                Captions.of(model, locale == null ? Locale.getDefault() : locale), this::changed, this::refused);
        scroller.setContent(content);
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        save.setEnabled(draft);
        decide.setEnabled(draft);
        importTable.setEnabled(draft);
        validate();
    }

    private void askForTable() {
        TableImportDialog dialog = new TableImportDialog(status.getShell(), messages,
                TablePaths.of(working, model.defaultParameters()));
        if (dialog.open() == Window.OK) {
            importTable(dialog.chosenTable(), dialog.chosenFile());
        }
    }

    /**
     * Replaces a table parameter of the edited draft with the rows of a CSV file (not saved yet); a file with bad
     * rows changes nothing and its rows are listed below the form as {@code file:line: column} and reason.
     */
    void importTable(String parameter, Path csv) {
        Rulebook edited;
        try {
            edited = rulebookService.withTable(new Rulebook(careChoice, loaded.modelType(), year,
                    RulebookStatus.DRAFT, null, working.deepCopy()), parameter, csv);
        } catch (RejectedFileError e) {
            problems.setInput(e.problems().stream().map(ImportedRows::asProblem).toList());
            showRejected(csv, FileProblem.rowsNamedBy(e.problems()));
            return;
        } catch (UserError e) {
            problems.setInput(List.of(new ParameterProblem(parameter, e.getMessage())));
            showRejected(csv, 0);
            return;
        }
        show((ObjectNode) edited.parameters());
        part.setDirty(true);
        String imported = NLS.bind(messages.rulebook_imported, new Object[] { parameter, csv.getFileName(),
                ImportedRows.count(working, parameter) });
        status.setText(rulebookService.validate(edited(loaded.status())).isEmpty() ? imported : imported + " " + status.getText());
        status.getParent().layout();
        Control table = form.editorOf(parameter);
        if (table != null) {
            scroller.showControl(table);
        }
    }

    private void askForExportFile() {
        Path file = RulebookExport.choose(status.getShell(), careChoice, year);
        if (file != null) {
            exportJson(file);
        }
    }

    /** Writes the rulebook as stored (any status) as its JSON document to the file, saying so in the status. */
    void exportJson(Path file) {
        status.setText(export.write(careChoice, year, file, part.isDirty()));
        status.getParent().layout();
    }

    private void showRejected(Path csv, long badRows) {
        status.setText(badRows == 0 ? NLS.bind(messages.rulebook_importRefused, csv.getFileName())
                : NLS.bind(messages.rulebook_importRejected, csv.getFileName(),
                        SwedishFormat.number(BigDecimal.valueOf(badRows))));
        status.getParent().layout();
    }

    private List<JsonNode> examples() {
        List<JsonNode> examples = new ArrayList<>();
        examples.add(model.defaultParameters());
        rulebooks.list(careChoice).stream().filter(r -> r.year() != year).map(Rulebook::parameters)
                .forEach(examples::add);
        return examples;
    }

    private void refused(String reason) {
        status.setText(reason);
        status.getParent().layout();
    }

    private void changed() {
        part.setDirty(true);
        validate();
    }

    /** The model's problems with the edited parameters and those of their {@code indexRounding} paths. */
    private List<ParameterProblem> validate() {
        List<ParameterProblem> found = rulebookService.validate(edited(loaded.status()));
        form.showProblems(found);
        problems.setInput(found);
        if (loaded.status() == RulebookStatus.DECIDED) {
            status.setText(NLS.bind(messages.rulebook_decided, loaded.decision()));
        } else {
            status.setText(found.isEmpty() ? messages.rulebook_valid
                    : NLS.bind(messages.rulebook_problems, found.size()));
        }
        status.getParent().layout();
        return found;
    }

    private Rulebook edited(RulebookStatus status) {
        return new Rulebook(careChoice, loaded.modelType(), year, status, loaded.decision(), working.deepCopy());
    }

    private void reveal(ParameterProblem problem) {
        Control editor = problem == null ? null : form.editorOf(problem.path());
        if (editor != null) {
            scroller.showControl(editor);
            editor.setFocus();
        }
    }

    @Persist
    void persist() {
        save();
    }

    /** Saves the draft unless it has problems or someone else saved this rulebook since it was read. */
    private boolean save() {
        if (!validate().isEmpty()) {
            status.setText(messages.rulebook_fixFirst);
            return false;
        }
        Rulebook draft = edited(RulebookStatus.DRAFT);
        try {
            rulebooks.saveIfUnchanged(draft, loaded, user.name());
        } catch (UserError e) {
            boolean changed = !rulebooks.find(careChoice, year).map(loaded::equals).orElse(false);
            status.setText(changed ? messages.rulebook_conflict : e.getMessage());
            status.getParent().layout();
            return false;
        }
        loaded = draft;
        part.setDirty(false);
        status.setText(messages.rulebook_saved);
        changedData();
        return true;
    }

    private void decide() {
        if (part.isDirty() && !save()) {
            return;
        }
        InputDialog dialog = new InputDialog(status.getShell(), messages.rulebook_decide,
                messages.rulebook_decisionPrompt, "", text -> text.isBlank() ? messages.rulebook_decisionPrompt : null);
        if (dialog.open() == Window.OK) {
            try {
                rulebookService.decide(careChoice, year, dialog.getValue().trim(), user.name());
                load();
                changedData();
            } catch (RuntimeException e) {
                status.setText(e.getMessage());
            }
        }
    }

    private void changedData() {
        if (events != null) {
            events.post(PartIds.DATA_CHANGED, careChoice);
        }
    }

    @Focus
    void focus() {
        scroller.setFocus();
    }
}
