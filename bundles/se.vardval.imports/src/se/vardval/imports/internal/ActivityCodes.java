package se.vardval.imports.internal;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code codes} field of {@code activities.csv}: {@code key=value} pairs separated by {@code |}, the value of each
 * key the installed plugins declare checked and normalised by its form; other keys must start with {@code x_}.
 */
final class ActivityCodes {

    private final DeclaredCodeKeys declared;

    ActivityCodes(DeclaredCodeKeys declared) {
        this.declared = declared;
    }

    /** The pairs by key (lower case), sorted; throws with a readable reason at the first bad pair. */
    Map<String, String> parse(String text) {
        Map<String, String> codes = new TreeMap<>();
        for (String pair : text.split("\\|", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("felaktig kod '" + pair.strip() + "' (förväntade nyckel=värde)");
            }
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = valueOf(key, pair.substring(eq + 1).strip());
            if (codes.put(key, value) != null) {
                throw new IllegalArgumentException("koden '" + key + "' förekommer två gånger");
            }
        }
        return Collections.unmodifiableMap(codes);
    }

    private String valueOf(String key, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("koden '" + key + "' saknar värde");
        }
        if (declared.declares(key)) {
            return declared.normalise(key, value);
        }
        if (key.startsWith("x_")) {
            return value;
        }
        throw new IllegalArgumentException("okänd kod '" + key + "' (kända: " + declared.names()
                + "; andra måste börja med x_)");
    }
}
