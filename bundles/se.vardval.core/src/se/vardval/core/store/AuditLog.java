package se.vardval.core.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.service.UserError;

/**
 * The audit log of changes to providers, units, contracts, rulebooks, runs, users and vårdval settings, and of every
 * imported file ({@link RunInputChanges#IMPORTED_FILE}).
 */
public interface AuditLog {

    /** Appends an entry; {@code before} is null for a creation. */
    void record(String user, String entity, String entityKey, String action, String before, String after);

    /** Entries about an entity type (all when null), newest first, at most {@code limit}. */
    default List<AuditEntry> entries(String entity, int limit) {
        return entries(AuditQuery.newest(entity, limit));
    }

    /**
     * The entries the query selects, newest first.
     *
     * @throws UserError when the query's first day is after its last, which would select nothing
     */
    List<AuditEntry> entries(AuditQuery query);

    /** The entries about the given entity types made after the instant, oldest first. */
    List<AuditEntry> changesAfter(Instant after, Collection<String> entities);

    /** The entry made just before the given one about the same entity (type and key), if there is one. */
    Optional<AuditEntry> previous(AuditEntry entry);

    /** The entity types the log has entries about, in alphabetical order. */
    List<String> entityTypes();

    /** The users the log has entries by, in alphabetical order. */
    List<String> users();
}
