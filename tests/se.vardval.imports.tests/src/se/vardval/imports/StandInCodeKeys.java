package se.vardval.imports;

import static se.vardval.core.store.CodeForms.decimal;
import static se.vardval.core.store.CodeForms.oneOf;
import static se.vardval.core.store.CodeForms.text;
import static se.vardval.core.store.CodeForms.trueOrFalse;
import static se.vardval.core.store.CodeForms.wholeNumber;
import static se.vardval.core.store.CodeForms.withRule;

import java.util.List;
import java.util.Map;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.CodeForm;

/** A plugin's declaration of the code keys its model reads, standing in for the plugins' components. */
record StandInCodeKeys(String modelType, Map<String, CodeForm> keys) implements ActivityCodeKeys {

    /** The keys as foot care, specialist care and dental care declare them. */
    static final List<ActivityCodeKeys> THE_MODELS = List.of(
            new StandInCodeKeys("fotvard", Map.of("referral", text(), "risk", wholeNumber(1, 4), "home",
                    trueOrFalse())),
            new StandInCodeKeys("specialist", Map.of("visit", oneOf("NEW", "RETURN"), "referral", text(), "drg",
                    text(), "los", withRule(wholeNumber(0, Integer.MAX_VALUE), "måste vara ett helt antal dagar ≥ 0"),
                    "episode", text(), "event", oneOf("START", "FOLLOWUP", "REOPERATION"), "prom", decimal())),
            new StandInCodeKeys("tandvard", Map.of("emergency", text(), "high_need", trueOrFalse())));
}
