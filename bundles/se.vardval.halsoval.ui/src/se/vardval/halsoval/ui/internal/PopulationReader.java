package se.vardval.halsoval.ui.internal;

import java.time.YearMonth;
import java.util.Optional;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;

/** Reads a Hälsoval vårdval's listed population for a month, on the listing day its rulebook of that year sets. */
record PopulationReader(MasterDataStore masterData, RulebookStore rulebooks, ModelCatalog models,
        RunDataSource data) {

    /** The month's listed population, or empty when the year has no rulebook or the model is not installed. */
    Optional<ListedPopulation> read(String careChoiceId, YearMonth month) {
        Optional<CareChoice> careChoice = masterData.careChoice(careChoiceId);
        Optional<Rulebook> rulebook = rulebooks.find(careChoiceId, month.getYear());
        Optional<ReimbursementModel> model = careChoice.flatMap(c -> models.model(c.modelType()));
        if (careChoice.isEmpty() || rulebook.isEmpty() || model.isEmpty()) {
            return Optional.empty();
        }
        var inputs = data.open(careChoice.get(), month, rulebook.get().parameters());
        return Optional.of(ListedPopulation.read(inputs, model.get().listingDay(rulebook.get().parameters(), month)));
    }
}
