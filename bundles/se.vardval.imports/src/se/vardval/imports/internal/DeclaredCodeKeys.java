package se.vardval.imports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.CodeForm;

/**
 * The code keys the installed plugins declare ({@link ActivityCodeKeys}), by name: a key several plugins declare with
 * equal forms is read by that form; a key they declare with different forms is refused, naming each model type's rule.
 */
final class DeclaredCodeKeys {

    private final Map<String, CodeForm> forms = new TreeMap<>();
    private final Map<String, String> disagreements = new TreeMap<>();

    DeclaredCodeKeys(Collection<ActivityCodeKeys> plugins) {
        Map<String, List<Declaration>> byKey = new TreeMap<>();
        for (ActivityCodeKeys plugin : plugins) {
            plugin.keys().forEach((key, form) -> byKey.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(new Declaration(plugin.modelType(), form)));
        }
        byKey.forEach(this::add);
    }

    private void add(String key, List<Declaration> declarations) {
        if (declarations.stream().map(Declaration::form).distinct().count() == 1) {
            forms.put(key, declarations.get(0).form());
        } else {
            disagreements.put(key, "koden '" + key + "' har olika form i de installerade modellerna ("
                    + declarations.stream().map(Declaration::toString).collect(Collectors.joining("; ")) + ")");
        }
    }

    /** Whether a plugin declares the key (lower case). */
    boolean declares(String key) {
        return forms.containsKey(key) || disagreements.containsKey(key);
    }

    /** The declared keys, sorted and separated by commas; {@code inga} when no plugin declares any. */
    String names() {
        List<String> names = new ArrayList<>(forms.keySet());
        names.addAll(disagreements.keySet());
        return names.isEmpty() ? "inga" : names.stream().sorted().collect(Collectors.joining(", "));
    }

    /** The value of a declared key in its normal form; throws with the reason when it cannot be read in that form. */
    String normalise(String key, String value) {
        CodeForm form = forms.get(key);
        if (form == null) {
            throw new IllegalArgumentException(disagreements.get(key));
        }
        return form.normalise(value)
                .orElseThrow(() -> new IllegalArgumentException(key + " " + form.rule() + ": '" + value + "'"));
    }

    /** One plugin's form of a key. */
    private record Declaration(String modelType, CodeForm form) {

        @Override
        public String toString() {
            return modelType + ": " + form.rule();
        }
    }
}
