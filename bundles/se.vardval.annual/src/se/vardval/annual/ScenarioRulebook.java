package se.vardval.annual;

import se.vardval.core.model.Rulebook;

/** A rulebook compared in a scenario under a name (a year's rulebook, a proposal or a file). */
public record ScenarioRulebook(String name, Rulebook rulebook) {
}
