package se.vardval.ui.app;

import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.vardval.ui.api.ClientTags;
import se.vardval.ui.app.Connection.Kind;
import se.vardval.ui.i18n.Messages;

/**
 * Chooses the database: the embedded demo region, a local embedded database, or a shared PostgreSQL server (URL,
 * user, password). On OK it tries the connection in the background and keeps the dialog open with the reason when
 * the database cannot be reached.
 */
public class ConnectionDialog extends TitleAreaDialog {

    private final Messages messages;
    private final String demoLocation;
    private final Connection initial;
    private final String initialProblem;
    private Button demo;
    private Button local;
    private Button postgres;
    private Text directory;
    private Text url;
    private Text user;
    private Text password;
    private Connection chosen;
    private String chosenPassword;

    /** A dialog starting from {@code initial} (may be null), showing {@code problem} when there is one. */
    public ConnectionDialog(Shell parent, Messages messages, String demoLocation, Connection initial, String problem) {
        super(parent);
        this.messages = messages;
        this.demoLocation = demoLocation;
        this.initial = initial;
        this.initialProblem = problem;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.connection_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(messages.connection_title);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(12, 12).applyTo(body);
        demo = radio(body, messages.connection_demo, "connection.demo");
        Label demoPath = new Label(body, SWT.NONE);
        demoPath.setText(demoLocation);
        GridDataFactory.fillDefaults().span(3, 1).indent(24, 0).applyTo(demoPath);
        local = radio(body, messages.connection_local, "connection.local");
        directory = field(body, messages.connection_directory, SWT.BORDER, "connection.directory");
        Button browse = new Button(body, SWT.PUSH);
        browse.setText(messages.connection_browse);
        browse.addListener(SWT.Selection, e -> browse());
        postgres = radio(body, messages.connection_postgres, "connection.postgres");
        url = field(body, messages.connection_url, SWT.BORDER, "connection.url");
        new Label(body, SWT.NONE);
        user = field(body, messages.connection_user, SWT.BORDER, "connection.user");
        new Label(body, SWT.NONE);
        password = field(body, messages.connection_password, SWT.BORDER | SWT.PASSWORD, "connection.password");
        new Label(body, SWT.NONE);
        Label note = new Label(body, SWT.WRAP);
        note.setText(messages.connection_passwordNote);
        GridDataFactory.fillDefaults().span(3, 1).indent(24, 0).hint(460, SWT.DEFAULT).applyTo(note);
        fill(initial);
        if (initialProblem != null) {
            setMessage(initialProblem, IMessageProvider.ERROR);
        } else {
            setMessage(messages.connection_message);
        }
        return area;
    }

    private void fill(Connection connection) {
        Kind kind = connection == null ? Kind.DEMO : connection.kind();
        demo.setSelection(kind == Kind.DEMO);
        local.setSelection(kind == Kind.LOCAL);
        postgres.setSelection(kind == Kind.POSTGRES);
        directory.setText(kind == Kind.LOCAL ? connection.location() : "");
        url.setText(kind == Kind.POSTGRES ? connection.location() : "jdbc:postgresql://localhost:5432/vardval");
        user.setText(kind == Kind.POSTGRES && connection.user() != null ? connection.user()
                : System.getProperty("user.name"));
        if (kind == Kind.POSTGRES) {
            password.setFocus();
        }
    }

    private Button radio(Composite parent, String text, String key) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 6).applyTo(button);
        return button;
    }

    private Text field(Composite parent, String label, int style, String key) {
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(label);
        GridDataFactory.fillDefaults().indent(24, 0).align(SWT.BEGINNING, SWT.CENTER).applyTo(caption);
        Text text = new Text(parent, style);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setFilterPath(directory.getText());
        String path = dialog.open();
        if (path != null) {
            directory.setText(path);
            local.setSelection(true);
            demo.setSelection(false);
            postgres.setSelection(false);
        }
    }

    @Override
    protected void okPressed() {
        Connection connection = current();
        String secret = password.getText();
        if (connection.location().isBlank()) {
            setMessage(messages.connection_missingLocation, IMessageProvider.ERROR);
            return;
        }
        setMessage(messages.connection_checking, IMessageProvider.INFORMATION);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        CompletableFuture.supplyAsync(() -> ConnectionCheck.problem(connection, secret)).thenAccept(problem ->
                getShell().getDisplay().asyncExec(() -> checked(connection, secret, problem.orElse(null))));
    }

    private void checked(Connection connection, String secret, String problem) {
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(true);
        if (problem != null) {
            setMessage(problem, IMessageProvider.ERROR);
            return;
        }
        chosen = connection;
        chosenPassword = secret;
        super.okPressed();
    }

    private Connection current() {
        if (postgres.getSelection()) {
            return new Connection(Kind.POSTGRES, url.getText().trim(), user.getText().trim());
        }
        if (local.getSelection()) {
            return new Connection(Kind.LOCAL, directory.getText().trim(), null);
        }
        return new Connection(Kind.DEMO, demoLocation, null);
    }

    /** The connection chosen and checked, after OK. */
    public Connection connection() {
        return chosen;
    }

    /** The password typed for the chosen connection (kept in memory only). */
    public String password() {
        return chosenPassword;
    }
}
