package se.vardval.imports.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * A file's columns by their interned names: a row looks its columns up by the parsers' constant names millions of
 * times, so a name is first compared by reference with the few names of the file and only then looked up by its text.
 */
final class Columns {

    private final String[] names;
    private final Map<String, Integer> byName;

    /** The columns of a valid header, whose interned names map to their positions 0, 1, 2 and on. */
    Columns(Map<String, Integer> byName) {
        this.byName = new HashMap<>(byName);
        this.names = new String[byName.size()];
        byName.forEach((name, index) -> names[index] = name);
    }

    /** The position of the named column, or -1 when the file has no such column. */
    int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        Integer index = byName.get(name);
        return index == null ? -1 : index;
    }

    /** How many columns the header names. */
    int size() {
        return byName.size();
    }

    /** Each column's name and position, in the header's order. */
    void forEach(ObjIntConsumer<String> action) {
        for (int i = 0; i < names.length; i++) {
            action.accept(names[i], i);
        }
    }
}
