package se.vardval.ui.app;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.UserError;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;

/**
 * Logs in to a shared database as one of its users (name and password, checked by the user directory); the dialog
 * stays open with the reason when they are wrong. The password is cleared from memory once checked.
 */
public class LoginDialog extends TitleAreaDialog {

    private final Messages messages;
    private final UserDirectory users;
    private final String initialName;
    private Text name;
    private Text password;
    private String loggedIn;

    /** A login to {@code users}, the name field filled with {@code initialName} (may be null). */
    public LoginDialog(Shell parent, Messages messages, UserDirectory users, String initialName) {
        super(parent);
        this.messages = messages;
        this.users = users;
        this.initialName = initialName;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.login_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(messages.login_title);
        setMessage(messages.login_message);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(body);
        name = field(body, messages.login_user, SWT.BORDER, "login.user");
        name.setText(initialName == null ? "" : initialName);
        password = field(body, messages.connection_password, SWT.BORDER | SWT.PASSWORD, "login.password");
        (name.getText().isEmpty() ? name : password).setFocus();
        return area;
    }

    private static Text field(Composite parent, String label, int style, String key) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        text.setData(ClientTags.WIDGET_KEY, key);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        char[] secret = password.getText().toCharArray();
        try {
            loggedIn = users.authenticate(name.getText().trim(), secret).name();
            super.okPressed();
        } catch (UserError e) {
            setMessage(e.getMessage(), IMessageProvider.ERROR);
        } finally {
            Arrays.fill(secret, (char) 0);
        }
    }

    /** The name of the user who logged in, after OK. */
    public String user() {
        return loggedIn;
    }
}
