package se.vardval.imports;

import java.util.Optional;
import java.util.function.Consumer;

import se.vardval.core.domain.Listing;

/**
 * What the database already holds, for the checks that reach beyond one file; implemented by the persistence layer.
 * Keys are passed normalised: organisationsnummer as 10 digits, person ids as 12 digits.
 */
public interface ImportReferences {

    /** Whether the region has a vårdval with this id, e.g. {@code halsoval}. */
    boolean careChoiceExists(String careChoice);

    /** Whether a provider with this organisationsnummer is stored. */
    boolean providerExists(String orgNr);

    /** Whether a unit with this HSA-id is stored. */
    default boolean unitExists(String hsaId) {
        return unitProvider(hsaId).isPresent();
    }

    /** The organisationsnummer of the provider a stored unit belongs to; empty when no unit has this HSA-id. */
    Optional<String> unitProvider(String hsaId);

    /** Whether a contract with this id is stored. */
    boolean contractExists(String contractId);

    /** Whether the person register holds this person. */
    boolean personExists(String personId);

    /**
     * Streams the stored listings of one vårdval (in any order), so that a listings file can be checked against them
     * after its last row. A stored listing with the same natural key as a row of the file (person, vårdval,
     * valid_from) is taken as replaced by that row and not compared.
     */
    void forEachStoredListing(String careChoice, Consumer<Listing> sink);
}
