package se.vardval.core.model;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.RulebookStatus;

/** The förfrågningsunderlag of one vårdval and year: its model parameters and decision reference. */
public record Rulebook(String careChoice, String modelType, int year, RulebookStatus status, String decision,
        JsonNode parameters) {
}
