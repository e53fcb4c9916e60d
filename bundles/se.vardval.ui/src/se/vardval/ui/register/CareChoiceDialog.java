package se.vardval.ui.register;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;

/**
 * Registers a new vårdval of the region: its id, name and the installed model that pays it. The dialog stays open
 * with the reason when the id is malformed or taken, the name missing or no model chosen.
 */
public class CareChoiceDialog extends TitleAreaDialog {

    private final Messages messages;
    private final MasterDataStore masterData;
    private final List<ReimbursementModel> models;
    private final String initialModel;
    private final String user;
    private Text id;
    private Text name;
    private Combo model;
    private CareChoice created;

    /** Registers as {@code user} a vårdval of one of {@code models}, {@code initialModel} (a model type) chosen. */
    public CareChoiceDialog(Shell parent, Messages messages, MasterDataStore masterData,
            List<ReimbursementModel> models, String initialModel, String user) {
        super(parent);
        this.messages = messages;
        this.masterData = masterData;
        this.models = List.copyOf(models);
        this.initialModel = initialModel;
        this.user = user;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.careChoice_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(messages.careChoice_title);
        setMessage(models.isEmpty() ? messages.careChoice_noModels : messages.careChoice_message,
                models.isEmpty() ? IMessageProvider.ERROR : IMessageProvider.NONE);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
        model = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
        labelBefore(model, messages.careChoice_model);
        models.forEach(m -> model.add(m.displayName() + " (" + m.modelType() + ")"));
        model.select(Math.max(0, models.stream().map(ReimbursementModel::modelType).toList().indexOf(initialModel)));
        model.setData(ClientTags.WIDGET_KEY, "careChoice.model");
        id = field(body, messages.careChoice_id, "careChoice.id");
        name = field(body, messages.careChoice_name, "careChoice.name");
        id.setFocus();
        return area;
    }

    private static void labelBefore(Control control, String text) {
        Label label = new Label(control.getParent(), SWT.NONE);
        label.setText(text);
        label.moveAbove(control);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(control);
    }

    private static Text field(Composite parent, String label, String key) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        String problem = problem();
        if (problem != null) {
            setMessage(problem, IMessageProvider.ERROR);
            return;
        }
        CareChoice careChoice = new CareChoice(id.getText().trim(), name.getText().trim(),
                models.get(model.getSelectionIndex()).modelType());
        try {
            masterData.createCareChoice(careChoice, user);
            created = careChoice;
            super.okPressed();
        } catch (UserError e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
        }
    }

    private String problem() {
        if (models.isEmpty()) {
            return messages.careChoice_noModels;
        }
        if (!CareChoice.isValidId(id.getText().trim())) {
            return messages.careChoice_idFormat;
        }
        return name.getText().isBlank() ? messages.careChoice_nameMissing : null;
    }

    /** The vårdval registered, after OK. */
    public CareChoice created() {
        return created;
    }
}
