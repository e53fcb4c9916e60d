package se.vardval.core.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A model's Swedish names of its payment components: names of whole codes, and names of code prefixes whose rest is a
 * code from the region's data (TARGET_CARE_GUARANTEE_3: "Målrelaterad ersättning CARE_GUARANTEE_3").
 */
public final class ComponentNames {

    private final Map<String, String> names;
    private final Map<String, String> prefixes;

    private ComponentNames(Map<String, String> names, Map<String, String> prefixes) {
        this.names = Map.copyOf(names);
        this.prefixes = Map.copyOf(prefixes);
    }

    /** The names of whole component codes. */
    public static ComponentNames of(Map<String, String> names) {
        return new ComponentNames(names, Map.of());
    }

    /** These names, and {@code name} followed by the rest of the code for a code that begins with {@code prefix}. */
    public ComponentNames withPrefix(String prefix, String name) {
        Map<String, String> more = new HashMap<>(prefixes);
        more.put(prefix, name);
        return new ComponentNames(names, more);
    }

    /** The component's name followed by its code in brackets, or only the code when the component has no name. */
    public String labelOf(String component) {
        String name = nameOf(component);
        return name.equals(component) ? component : name + " (" + component + ")";
    }

    /** The component's name: its own, else that of its longest named prefix, else the code itself. */
    public String nameOf(String component) {
        String name = names.get(component);
        if (name != null) {
            return name;
        }
        String prefix = prefixes.keySet().stream()
                .filter(p -> component.startsWith(p) && component.length() > p.length())
                .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse(null);
        return prefix == null ? component : prefixes.get(prefix) + " " + component.substring(prefix.length());
    }
}
