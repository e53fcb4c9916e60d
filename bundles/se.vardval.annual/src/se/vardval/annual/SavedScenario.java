package se.vardval.annual;

import java.time.Instant;
import java.util.List;

/** A scenario comparison saved under a name with the rulebooks it compared, and who saved it when. */
public record SavedScenario(String name, List<ScenarioRulebook> rulebooks, ScenarioComparison comparison,
        String savedBy, Instant savedAt) {
}
