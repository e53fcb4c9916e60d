package se.vardval.imports.internal;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code codes} field of {@code activities.csv}: {@code key=value} pairs separated by {@code |}, with the known keys
 * of {@code data-formats.md} checked for their form; other keys must start with {@code x_}.
 */
final class ActivityCodes {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");
    private static final Set<String> FREE_TEXT = Set.of("referral", "drg", "episode", "emergency");

    private ActivityCodes() {
    }

    /** The pairs by key (lower case), sorted; throws with a readable reason at the first bad pair. */
    static Map<String, String> parse(String text) {
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

    private static String valueOf(String key, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("koden '" + key + "' saknar värde");
        }
        if (FREE_TEXT.contains(key) || key.startsWith("x_")) {
            return value;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        return switch (key) {
            case "risk" -> check(key, value, value, value.matches("[1-4]"), "måste vara 1..4");
            case "home", "high_need" -> check(key, value, value.toLowerCase(Locale.ROOT),
                    upper.equals("TRUE") || upper.equals("FALSE"), "måste vara true eller false");
            case "visit" -> check(key, value, upper, upper.equals("NEW") || upper.equals("RETURN"),
                    "måste vara NEW eller RETURN");
            case "event" -> check(key, value, upper, upper.matches("START|FOLLOWUP|REOPERATION"),
                    "måste vara START, FOLLOWUP eller REOPERATION");
            case "los" -> check(key, value, value, WHOLE.matcher(value).matches(),
                    "måste vara ett helt antal dagar ≥ 0");
            case "prom" -> check(key, value, value.replace(',', '.'), DECIMAL.matcher(value).matches(),
                    "måste vara ett tal");
            default -> throw new IllegalArgumentException("okänd kod '" + key
                    + "' (kända: referral, risk, home, visit, drg, los, episode, event, prom, emergency, high_need;"
                    + " andra måste börja med x_)");
        };
    }

    private static String check(String key, String value, String normalised, boolean valid, String rule) {
        if (!valid) {
            throw new IllegalArgumentException(key + " " + rule + ": '" + value + "'");
        }
        return normalised;
    }
}
