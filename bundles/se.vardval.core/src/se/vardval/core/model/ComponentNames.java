package se.vardval.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's Swedish names of its payment components: names of whole codes, and names of code prefixes whose rest is a
 * code from the region's data (TARGET_CARE_GUARANTEE_3: "Målrelaterad ersättning CARE_GUARANTEE_3"); where the rest
 * is of a {@link CodeKind} that the data names, the name can carry the data's name instead ("Målrelaterad ersättning
 * Medicinsk bedömning inom 3 dagar (3:an)"). The names are also the model's list of the components it pays: a code
 * it names or that begins with a named prefix.
 */
public final class ComponentNames {

    /** The names of a model that does not list its components: it names none and may pay any code. */
    public static final ComponentNames UNLISTED = new ComponentNames(Map.of(), Map.of(), false);

    private final Map<String, String> names;
    private final Map<String, Prefix> prefixes;
    private final boolean listed;

    /** A prefix's name and, when the region's data names them, the kind of the codes that follow it. */
    private record Prefix(String name, CodeKind kind) {
    }

    private ComponentNames(Map<String, String> names, Map<String, Prefix> prefixes, boolean listed) {
        this.names = Map.copyOf(names);
        this.prefixes = Map.copyOf(prefixes);
        this.listed = listed;
    }

    /** The names of whole component codes. */
    public static ComponentNames of(Map<String, String> names) {
        return new ComponentNames(names, Map.of(), true);
    }

    /** These names, and {@code name} followed by the rest of the code for a code that begins with {@code prefix}. */
    public ComponentNames withPrefix(String prefix, String name) {
        return with(prefix, new Prefix(name, null));
    }

    /** As {@link #withPrefix(String, String)}, where the rest of the code is a code of {@code kind}. */
    public ComponentNames withPrefix(String prefix, String name, CodeKind kind) {
        return with(prefix, new Prefix(name, kind));
    }

    private ComponentNames with(String prefix, Prefix named) {
        Map<String, Prefix> more = new HashMap<>(prefixes);
        more.put(prefix, named);
        return new ComponentNames(names, more, listed);
    }

    /** Whether a line may have this component: a named code, or one that begins with a named prefix. */
    public boolean pays(String component) {
        return !listed || names.containsKey(component) || longestPrefixOf(component).isPresent();
    }

    /** The named whole codes in alphabetical order (those behind a prefix are the region's data's, not listed). */
    public List<String> codes() {
        return names.keySet().stream().sorted().toList();
    }

    /** The prefixes whose codes are paid, in alphabetical order. */
    public List<String> prefixes() {
        return prefixes.keySet().stream().sorted().toList();
    }

    /** The component's name followed by its code in brackets, or only the code when the component has no name. */
    public String labelOf(String component) {
        return labelOf(component, CodeNames.NONE);
    }

    /** As {@link #labelOf(String)}, with the name {@code codes} gives the rest of a prefixed code. */
    public String labelOf(String component, CodeNames codes) {
        String name = nameOf(component, codes);
        return name.equals(component) ? component : name + " (" + component + ")";
    }

    /** The component's name: its own, else that of its longest named prefix, else the code itself. */
    public String nameOf(String component) {
        return nameOf(component, CodeNames.NONE);
    }

    /**
     * The component's name: its own, else that of its longest named prefix followed by the rest of the code, or by the
     * name {@code codes} gives the rest when the prefix's codes are of a kind, else the code itself.
     */
    public String nameOf(String component, CodeNames codes) {
        String name = names.get(component);
        if (name != null) {
            return name;
        }
        Optional<String> prefix = longestPrefixOf(component);
        if (prefix.isEmpty()) {
            return component;
        }
        Prefix named = prefixes.get(prefix.get());
        String code = component.substring(prefix.get().length());
        String codeName = named.kind() == null ? code : codes.nameOf(named.kind(), code).orElse(code);
        return named.name() + " " + codeName;
    }

    private Optional<String> longestPrefixOf(String component) {
        return prefixes.keySet().stream().filter(p -> component.startsWith(p) && component.length() > p.length())
                .reduce((a, b) -> a.length() >= b.length() ? a : b);
    }
}
