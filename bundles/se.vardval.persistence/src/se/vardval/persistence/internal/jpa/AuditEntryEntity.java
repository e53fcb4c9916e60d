package se.vardval.persistence.internal.jpa;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import se.vardval.core.domain.AuditEntry;

/** A row of the audit log; never updated. */
@Entity
@Table(name = "audit_log")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
    private long id;
    @Column(name = "changed_at")
    private Instant at;
    @Column(name = "user_name")
    private String user;
    private String entity;
    @Column(name = "entity_key")
    private String entityKey;
    private String action;
    @Lob
    @Column(name = "before_json")
    private String before;
    @Lob
    @Column(name = "after_json")
    private String after;

    protected AuditEntryEntity() {
    }

    /** A new entry. */
    public AuditEntryEntity(Instant at, String user, String entity, String entityKey, String action, String before,
            String after) {
        this.at = at;
        this.user = user;
        this.entity = entity;
        this.entityKey = entityKey;
        this.action = action;
        this.before = before;
        this.after = after;
    }

    /** The row as a record. */
    public AuditEntry toRecord() {
        return new AuditEntry(id, at, user, entity, entityKey, action, before, after);
    }
}
