package se.vardval.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change a model tool proposes to one parameter of a draft rulebook ({@code path} as in {@code rulebook set},
 * e.g. {@code capitation.ageWeights}), which an administrator reviews and then applies.
 */
public record RulebookChange(int year, String path, JsonNode value) {
}
