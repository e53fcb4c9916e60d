package se.vardval.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.ComponentAccounts;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.views.CareChoiceNames;
import se.vardval.ui.parts.Widgets;

/**
 * The vårdval's finance accounts for the SIE export: a table of payment component → account, the default account of
 * every other component, and Save, which the service layer allows only to an administrator of the vårdval and audits.
 * The component choices, each by its code and name ({@code CNI – Vårdtyngd enligt CNI}), are those the vårdval pays,
 * those of its newest run (with its targets and tilläggsuppdrag) and those already mapped; a code may be typed too, and
 * one the vårdval does not pay is refused.
 */
public class AccountPlanPart {

    /** Between a component's code and its name among the choices. */
    private static final String CODE_AND_NAME = " – ";

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    ComponentAccountStore store;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RunStore runs;

    @Inject
    @Service
    ComponentNaming naming;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    @Optional
    IEventBroker events;

    private String careChoice;
    private ComponentAccounts setting;
    private Text defaultAccount;
    private TableViewer table;
    private Combo component;
    private UnaryOperator<String> names;
    private Text account;
    private Label status;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        setting = store.find(careChoice);
        String name = CareChoiceNames.of(masterData, careChoice);
        part.setLabel(NLS.bind(messages.accounts_partLabel, name));
        GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
        Label title = new Label(parent, SWT.NONE);
        title.setText(NLS.bind(messages.accounts_title, name));
        title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        Label hint = new Label(parent, SWT.WRAP);
        hint.setText(messages.accounts_hint);
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(hint);
        Composite defaults = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(defaults);
        new Label(defaults, SWT.NONE).setText(messages.accounts_default);
        defaultAccount = text(defaults, "accounts.default", 70);
        defaultAccount.setText(setting.defaultAccount());
        Widgets.button(defaults, messages.rulebook_save, "accounts.save", this::save);
        Widgets.button(defaults, messages.rulebook_reload, "accounts.reload", this::reload);
        status = new Label(parent, SWT.WRAP);
        status.setData(ClientTags.WIDGET_KEY, "accounts.status");
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(status);
        table = Tables.table(parent, "accounts.table");
        table.setContentProvider(ArrayContentProvider.getInstance());
        Tables.column(table, Row.class, messages.accounts_component, 260, Row::component);
        Tables.column(table, Row.class, messages.accounts_account, 120, Row::account);
        names = naming.namesOf(careChoice);
        Tables.column(table, Row.class, messages.accounts_name, 280, row -> names.apply(row.component()));
        table.addSelectionChangedListener(e -> select(((IStructuredSelection) e.getSelection()).getFirstElement()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
        editor(parent);
        showSetting();
    }

    private void editor(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(row);
        new Label(row, SWT.NONE).setText(messages.accounts_component);
        component = new Combo(row, SWT.DROP_DOWN);
        component.setData(ClientTags.WIDGET_KEY, "accounts.component");
        GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(component);
        new Label(row, SWT.NONE).setText(messages.accounts_account);
        account = text(row, "accounts.account", 70);
        Widgets.button(row, messages.accounts_set, "accounts.set", this::setRow);
        Widgets.button(row, messages.accounts_remove, "accounts.remove", this::removeRow);
    }

    private static Text text(Composite parent, String key, int width) {
        Text field = new Text(parent, SWT.BORDER);
        field.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(field);
        return field;
    }

    private void showSetting() {
        table.setInput(setting.accounts().entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
        TreeSet<String> components = new TreeSet<>(setting.accounts().keySet());
        components.addAll(naming.componentCodesOf(careChoice));
        runs.list(careChoice).stream().findFirst()
                .ifPresent(run -> runs.lines(run.id()).stream().map(PaymentLine::component).forEach(components::add));
        String typed = component.getText();
        component.setItems(components.stream().map(this::choice).toArray(String[]::new));
        component.setText(typed);
    }

    /** A component as the editor row offers it: its code and, when its model names it, its name. */
    private String choice(String code) {
        String name = names.apply(code);
        return name.equals(code) ? code : code + CODE_AND_NAME + name;
    }

    /** The code of the component chosen in the editor row, or typed there. */
    private String chosenCode() {
        String text = component.getText().trim();
        int name = text.indexOf(CODE_AND_NAME);
        return name < 0 ? text : text.substring(0, name).trim();
    }

    private void select(Object selected) {
        if (selected instanceof Row row) {
            component.setText(choice(row.component()));
            account.setText(row.account());
        }
    }

    /**
     * Books the component in the editor row on its account (in the table; Save stores it); a malformed account, or a
     * component code malformed or not paid by the vårdval, is shown and not set.
     */
    void setRow() {
        String code = chosenCode();
        if (code.isEmpty()) {
            return;
        }
        try {
            naming.requireComponent(careChoice, code);
        } catch (UserError e) {
            show(e.getMessage());
            return;
        }
        ComponentAccounts edited = setting.with(code, account.getText().trim());
        List<String> problems = new ArrayList<>(edited.problems());
        problems.removeAll(setting.problems());
        if (problems.isEmpty()) {
            setting = edited;
            changed();
        } else {
            show(String.join("; ", problems));
        }
    }

    /** Books the component in the editor row on the default account again; without one chosen, nothing changes. */
    void removeRow() {
        String code = chosenCode();
        if (code.isEmpty() || !setting.accounts().containsKey(code)) {
            return;
        }
        setting = setting.without(code);
        changed();
    }

    private void changed() {
        part.setDirty(true);
        showSetting();
        show(messages.accounts_unsaved);
    }

    /** Stores the table and default account as the acting user; a refusal is shown and the edits stay. */
    void save() {
        setting = setting.withDefault(defaultAccount.getText().trim());
        try {
            store.save(setting, user.name());
            part.setDirty(false);
            show(messages.accounts_saved);
            if (events != null) {
                events.post(PartIds.DATA_CHANGED, careChoice);
            }
        } catch (UserError e) {
            show(e.getMessage());
        }
    }

    /** Shows a status line, laid out again so that a long refusal wraps instead of being cut. */
    private void show(String text) {
        status.setText(text);
        status.requestLayout();
    }

    /** A row of the table: a component and its account. */
    private record Row(String component, String account) {
    }

    private void reload() {
        setting = store.find(careChoice);
        defaultAccount.setText(setting.defaultAccount());
        part.setDirty(false);
        show("");
        showSetting();
    }
}
