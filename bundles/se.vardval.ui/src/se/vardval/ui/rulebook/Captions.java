package se.vardval.ui.rulebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The captions of a model's parameters in the client's language. A model bundle may carry them in
 * {@code OSGI-INF/l10n/parameters.properties} (and {@code parameters_sv.properties}, ...), keyed by the parameter's path
 * without array positions (e.g. {@code costHandOver.careChoice}) or by its key alone (e.g. {@code krPerPoint}); a
 * parameter without one reads as its key made readable ({@code krPerPoint}: "Kr per point"), and codes such as
 * {@code DOCTOR} stay as they are. The values an enumerated parameter accepts are captioned the same way, by the
 * parameter's path and the value ({@code sparsity.mode.CATCHMENT}) or by the value alone, else shown as they are.
 */
public final class Captions {

    /** The resource bundle's base name, within the model's bundle. */
    static final String BASE_NAME = "OSGI-INF/l10n/parameters";

    private final ResourceBundle labels;

    private Captions(ResourceBundle labels) {
        this.labels = labels;
    }

    /** The captions the model's bundle carries for the locale, or readable keys when it carries none. */
    public static Captions of(Object model, Locale locale) {
        try {
            return new Captions(ResourceBundle.getBundle(BASE_NAME, locale, model.getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            return new Captions(null);
        }
    }

    /** The caption of the parameter at {@code path} whose key is {@code key}. */
    String of(JsonPath path, String key) {
        return caption(withoutPositions(path), key).orElseGet(() -> readable(key));
    }

    /**
     * The caption of {@code value}, one of the values the enumerated parameter at {@code path} accepts: by the path
     * and value ({@code sparsity.mode.CATCHMENT}), else by the value alone; else the value itself.
     */
    String ofChoice(JsonPath path, String value) {
        return caption(withoutPositions(path) + "." + value, value).orElse(value);
    }

    /** The caption of choice {@code value} in a table's column {@code key}. */
    String ofColumnChoice(JsonPath table, String key, String value) {
        return ofChoice(new JsonPath(append(table, key)), value);
    }

    private Optional<String> caption(String... candidates) {
        for (String candidate : candidates) {
            if (labels != null && labels.containsKey(candidate)) {
                return Optional.of(labels.getString(candidate));
            }
        }
        return Optional.empty();
    }

    private static String withoutPositions(JsonPath path) {
        return path.toString().replaceAll("\\[\\d+\\]", "");
    }

    /** The caption of the parameter a path such as {@code capitation.ageWeights} names. */
    public String ofPath(String path) {
        JsonPath parsed = JsonPath.parse(path);
        Object last = parsed.steps().isEmpty() ? path : parsed.steps().getLast();
        return of(parsed, String.valueOf(last));
    }

    /** The caption of a table's column {@code key} in the table at {@code table}. */
    String ofColumn(JsonPath table, String key) {
        return of(new JsonPath(append(table, key)), key);
    }

    private static List<Object> append(JsonPath path, String key) {
        List<Object> steps = new ArrayList<>(path.steps());
        steps.add(key);
        return steps;
    }

    private static String readable(String key) {
        if (key.isEmpty() || key.equals(key.toUpperCase())) {
            return key;
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
