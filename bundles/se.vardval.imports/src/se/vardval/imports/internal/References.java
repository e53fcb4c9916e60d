package se.vardval.imports.internal;

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
        return imported.units().contains(hsaId) || stored.unitExists(hsaId);
    }

    boolean contract(String contractId) {
        return imported.contracts().contains(contractId) || stored.contractExists(contractId);
    }

    boolean person(String personId) {
        return imported.persons().contains(Long.parseLong(personId)) || stored.personExists(personId);
    }
}
