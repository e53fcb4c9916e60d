package se.vardval.ui.handlers;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

import jakarta.inject.Named;
import se.vardval.ui.app.Connection;
import se.vardval.ui.app.ConnectionDialog;
import se.vardval.ui.app.LifeCycle;
import se.vardval.ui.i18n.Messages;

/**
 * Connects to another database: the connection dialog checks it, the choice is remembered and the workbench restarts
 * on it (so that every service and view starts afresh on the new database; a shared server's password is asked for
 * again, since it is never stored).
 */
public class ConnectHandler {

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages,
            @Optional Connection current, @Preference IEclipsePreferences preferences, IWorkbench workbench)
            throws BackingStoreException {
        ConnectionDialog dialog = new ConnectionDialog(shell, messages, LifeCycle.demoLocation(), current, null);
        if (dialog.open() == Window.OK) {
            dialog.connection().remember(preferences);
            LifeCycle.useRememberedOnRestart(preferences);
            workbench.restart();
        }
    }
}
