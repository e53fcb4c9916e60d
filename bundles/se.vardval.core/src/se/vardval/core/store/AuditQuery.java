package se.vardval.core.store;

import java.time.LocalDate;

import se.vardval.core.service.UserError;

/**
 * Which audit entries to read: changed on the days {@code from}..{@code to} (inclusive, the system's time zone), by
 * a user, of an entity type, and with a text in the entity's key or its state before or after (case-insensitive);
 * null or blank means any. At most {@code limit} entries, newest first.
 */
public record AuditQuery(LocalDate from, LocalDate to, String user, String entity, String text, int limit) {

    /** Blank filters become null. */
    public AuditQuery {
        user = blankToNull(user);
        entity = blankToNull(entity);
        text = blankToNull(text);
    }

    /**
     * Refuses days out of order, which would select nothing.
     *
     * @throws UserError when {@code from} is after {@code to}
     */
    public void requireDaysInOrder() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserError("perioden börjar " + from + ", efter att den slutar " + to);
        }
    }

    /** The newest {@code limit} entries of an entity type (every type when null). */
    public static AuditQuery newest(String entity, int limit) {
        return new AuditQuery(null, null, null, entity, null, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
