package se.vardval.core.store;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * JSON documents that services save by kind and name within a vårdval (e.g. saved scenario comparisons, deficit
 * compensation proposals); every save is audited. The calling service checks the user's role first.
 */
public interface DocumentStore {

    /** Saves a document, replacing the one of the same kind, vårdval and name, and returns it as stored. */
    StoredDocument save(String kind, String careChoice, String name, JsonNode content, String user);

    /** The document of a kind, vårdval and name, if any. */
    Optional<StoredDocument> find(String kind, String careChoice, String name);

    /** The documents of a kind in a vårdval, ordered by name. */
    List<StoredDocument> list(String kind, String careChoice);
}
