package se.vardval.imports.internal;

import java.util.Optional;

import se.vardval.imports.ImportReferences;

/** Resolves references to what earlier files of the import defined or else the database holds. */
final class References {

    private final ImportReferences stored;
    private final KnownKeys imported;

    References(ImportReferences stored, KnownKeys imported) {
        this.stored = stored;
        this.imported = imported;
    }

    /** The database side. */
    ImportReferences stored() {
        return stored;
    }

    boolean careChoice(String id) {
        return stored.careChoiceExists(id);
    }

    boolean provider(String orgNr) {
        return imported.providers().contains(orgNr) || stored.providerExists(orgNr);
    }

    boolean unit(String hsaId) {
        return imported.units().containsKey(hsaId) || stored.unitExists(hsaId);
    }

    /** The organisationsnummer of the unit's provider; empty for an unknown unit. */
    Optional<String> unitProvider(String hsaId) {
        String provider = imported.units().get(hsaId);
        return provider != null ? Optional.of(provider) : stored.unitProvider(hsaId);
    }

    boolean contract(String contractId) {
        return imported.contracts().contains(contractId) || stored.contractExists(contractId);
    }

    boolean person(String personId) {
        return imported.persons().contains(Long.parseLong(personId)) || stored.personExists(personId);
    }
}
