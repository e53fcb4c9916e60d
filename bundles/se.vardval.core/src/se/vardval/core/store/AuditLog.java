package se.vardval.core.store;

import java.util.List;

import se.vardval.core.domain.AuditEntry;

/** The audit log of changes to providers, units, contracts, rulebooks and runs. */
public interface AuditLog {

    /** Appends an entry; {@code before} is null for a creation. */
    void record(String user, String entity, String entityKey, String action, String before, String after);

    /** Entries about an entity type (all when null), newest first, at most {@code limit}. */
    List<AuditEntry> entries(String entity, int limit);
}
