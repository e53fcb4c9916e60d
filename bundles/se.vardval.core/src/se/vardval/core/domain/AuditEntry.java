package se.vardval.core.domain;

import java.time.Instant;

/** One change in the audit log: who changed what when, with the state before and after as readable text. */
public record AuditEntry(long id, Instant at, String user, String entity, String entityKey, String action,
        String before, String after) {
}
