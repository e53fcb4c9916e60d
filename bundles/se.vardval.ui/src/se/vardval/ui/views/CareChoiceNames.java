package se.vardval.ui.views;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.store.MasterDataStore;

/** A vårdval as a part's tab and title name it: by its name, {@code Hälsoval}, not its id {@code halsoval}. */
public final class CareChoiceNames {

    private CareChoiceNames() {
    }

    /** The vårdval's name, or its id when the register does not know it. */
    public static String of(MasterDataStore masterData, String careChoice) {
        return masterData.careChoice(careChoice).map(CareChoice::name).orElse(careChoice);
    }
}
