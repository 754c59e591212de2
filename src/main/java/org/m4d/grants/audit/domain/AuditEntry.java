package org.m4d.grants.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.m4d.grants.platform.domain.TenantOwned;

/** Who did what to which object, when, from which state to which. Never changed. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.ofSubject",
        query = "SELECT a FROM AuditEntry a WHERE a.subjectType = :type AND a.subjectId = :id ORDER BY a.occurredAt, a.id")
public class AuditEntry extends TenantOwned {

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "from_state", updatable = false)
    private String fromState;

    @Column(name = "to_state", updatable = false)
    private String toState;

    @Column(updatable = false, length = 1000)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String action, String subjectType, long subjectId,
                      String fromState, String toState, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fromState = fromState;
        this.toState = toState;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public long subjectId() {
        return subjectId;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String detail() {
        return detail;
    }
}
