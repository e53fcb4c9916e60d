package se.vardval.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.navigator.NavSelections;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.PartOpener;

/** Opens the contract editor for a new contract row of the selected vårdval, for the selected unit if any. */
public class NewContractHandler {

    @CanExecute
    boolean canExecute(@Optional @Service MasterDataStore masterData, @Optional ActingUser user,
            @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
        return masterData != null && user != null && NavSelections.careChoice(selected) != null;
    }

    @Execute
    void execute(PartOpener parts, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
        parts.openNew(PartIds.CONTRACT, NavSelections.careChoice(selected), NavSelections.unit(selected));
    }
}
