package se.vardval.core.model;

import java.time.LocalDate;

/**
 * An activity (or other item) a model did not pay, with the reason the provider reads in its specification:
 * {@code reasonCode} is the model's stable code, {@code reason} the sentence shown to the provider; {@code personId}
 * and {@code date} may be null for an item that has none.
 */
public record RejectedItem(String hsaId, String itemId, String personId, LocalDate date, String reasonCode,
        String reason) {
}
