package se.vardval.annual.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.views.CareChoiceNames;

/** How each view of the year opens: on its part's vårdval, its tab named by the view and the vårdval. */
final class YearViews {

    private YearViews() {
    }

    /**
     * Labels the part "{@code title}: the vårdval's name" and lays {@code view} out as one column with margins;
     * returns the id of the vårdval the part is opened on.
     */
    static String open(MPart part, Composite view, MasterDataStore masterData, String title) {
        String careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        part.setLabel(NLS.bind("{0}: {1}", title, CareChoiceNames.of(masterData, careChoice)));
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(view);
        return careChoice;
    }
}
