package se.vardval.annual.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import se.vardval.annual.Scenarios;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;

/** A rulebook the user can pick: a stored year's (decided or draft) or a plugin's named proposal, with its label. */
record RulebookChoice(String name, String label, Rulebook rulebook) {

    /** The vårdval's stored rulebooks, newest year first, then the proposals its plugins offer. */
    static List<RulebookChoice> of(String careChoice, RulebookStore store, Scenarios scenarios, Messages messages) {
        List<RulebookChoice> choices = new ArrayList<>(stored(careChoice, store, messages));
        choices.addAll(proposals(careChoice, scenarios, messages));
        return choices;
    }

    /** The proposals the vårdval's plugins offer, by name, each labelled by whose it is where that is known. */
    static List<RulebookChoice> proposals(String careChoice, Scenarios scenarios, Messages messages) {
        RulebookNames names = new RulebookNames(messages);
        return scenarios.proposals(careChoice).entrySet().stream().map(e -> new RulebookChoice(e.getKey(),
                names.proposal(e.getKey(), e.getValue().year()), e.getValue())).toList();
    }

    /** The vårdval's stored rulebooks, newest year first. */
    static List<RulebookChoice> stored(String careChoice, RulebookStore store, Messages messages) {
        return store.list(careChoice).stream().sorted(Comparator.comparingInt(r -> -r.year()))
                .map(r -> new RulebookChoice(Integer.toString(r.year()), NLS.bind(messages.yearLabel, r.year(),
                        r.status() == RulebookStatus.DECIDED ? messages.decided : messages.draft), r))
                .toList();
    }

    /** Whether it is a stored draft, which may still change. */
    boolean draft() {
        return rulebook.status() == RulebookStatus.DRAFT;
    }
}
