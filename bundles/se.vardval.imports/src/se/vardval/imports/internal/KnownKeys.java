package se.vardval.imports.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The keys defined by the files of one import so far, which later files of the same import may refer to. */
final class KnownKeys {

    private final Set<String> providers = new HashSet<>();
    private final Map<String, String> units = new HashMap<>();
    private final Set<String> contracts = new HashSet<>();
    private final LongHashSet persons = new LongHashSet();

    /** The organisationsnummer (10 digits) of providers. */
    Set<String> providers() {
        return providers;
    }

    /** The organisationsnummer of each unit's provider by the unit's HSA-id. */
    Map<String, String> units() {
        return units;
    }

    /** The ids of contracts. */
    Set<String> contracts() {
        return contracts;
    }

    /** The 12-digit person ids, as numbers. */
    LongHashSet persons() {
        return persons;
    }

    /** Adds every key of the other. */
    void addAll(KnownKeys other) {
        providers.addAll(other.providers);
        units.putAll(other.units);
        contracts.addAll(other.contracts);
        persons.addAll(other.persons);
    }
}
