package se.vardval.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.navigator.NavSelections;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.register.CareChoiceDialog;

/** Registers a new vårdval through its dialog, of the selected unused model when one is selected. */
public class NewCareChoiceHandler {

    @CanExecute
    boolean canExecute(@Optional @Service MasterDataStore masterData, @Optional ActingUser user) {
        return masterData != null && user != null;
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Translation Messages messages,
            @Service MasterDataStore masterData, @Service ModelCatalog models, ActingUser user, IEventBroker events,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
        CareChoiceDialog dialog = new CareChoiceDialog(shell, messages, masterData, models.models(),
                NavSelections.modelType(selected), user.name());
        if (dialog.open() == Window.OK) {
            events.post(PartIds.DATA_CHANGED, dialog.created().id());
        }
    }
}
