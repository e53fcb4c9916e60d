package se.vardval.tandvard.ui.internal;

import java.time.YearMonth;
import java.util.Optional;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.tandvard.ListedChildren;
import se.vardval.tandvard.ListedChildrenService;

/** Reads a Tandvård vårdval's listed children for a month under its rulebook of that year. */
record ChildrenReader(MasterDataStore masterData, RulebookStore rulebooks, RunDataSource data,
        ListedChildrenService children) {

    /** The month's listed children, or empty when the vårdval or the year's rulebook is missing. */
    Optional<ListedChildren> read(String careChoiceId, YearMonth month) {
        Optional<CareChoice> careChoice = masterData.careChoice(careChoiceId);
        Optional<Rulebook> rulebook = rulebooks.find(careChoiceId, month.getYear());
        if (careChoice.isEmpty() || rulebook.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(children.read(data.open(careChoice.get(), month, rulebook.get().parameters())));
    }
}
