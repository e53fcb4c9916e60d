package se.vardval.ui.views;

import java.util.function.UnaryOperator;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;

/** The names a vårdval's model gives its payment components, for the views that show components. */
public final class ComponentNamesOf {

    private ComponentNamesOf() {
    }

    /** The component names of the vårdval's model; the codes themselves when the vårdval or its model is unknown. */
    public static UnaryOperator<String> careChoice(ModelCatalog models, MasterDataStore masterData, String careChoice) {
        return masterData.careChoice(careChoice).map(CareChoice::modelType).map(models::componentNames)
                .orElse(UnaryOperator.identity());
    }
}
