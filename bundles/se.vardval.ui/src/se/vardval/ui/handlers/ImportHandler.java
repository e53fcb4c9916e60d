package se.vardval.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ImportService;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.imports.ImportWizard;
import se.vardval.ui.parts.PartIds;

/** Opens the import wizard; after an import the navigator and views read the database again. */
public class ImportHandler {

    @CanExecute
    boolean canExecute(@Optional @Service ImportService imports, @Optional ActingUser user) {
        return imports != null && user != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages,
            @Service ImportService imports, @Optional @Service AuditLog audit, ActingUser user, IEventBroker events) {
        ImportWizard wizard = new ImportWizard(messages, imports, audit, user.name(),
                () -> events.post(PartIds.DATA_CHANGED, "import"));
        new WizardDialog(shell, wizard).open();
    }
}
