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

/** Opens the unit editor for a new unit, of the selected provider when one is selected. */
public class NewUnitHandler {

    @CanExecute
    boolean canExecute(@Optional @Service MasterDataStore masterData, @Optional ActingUser user) {
        return masterData != null && user != null;
    }

    @Execute
    void execute(PartOpener parts, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
        parts.openNew(PartIds.UNIT, NavSelections.careChoice(selected), NavSelections.provider(selected));
    }
}
