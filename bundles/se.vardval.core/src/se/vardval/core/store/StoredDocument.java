package se.vardval.core.store;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON document a service saved under a kind and name within a vårdval, with who saved it when. */
public record StoredDocument(String kind, String careChoice, String name, JsonNode content, String savedBy,
        Instant savedAt) {
}
