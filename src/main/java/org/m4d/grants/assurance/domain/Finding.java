package org.m4d.grants.assurance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * What an assurance activity found, with its recommendation and the day it is due; open until a
 * coordinator closes it with a note of what was done (or moves its due date).
 */
@Entity
@Table(name = "finding")
@NamedQuery(name = "Finding.ofActivity",
        query = "SELECT f FROM Finding f WHERE f.activityId = :activityId ORDER BY f.id")
@NamedQuery(name = "Finding.openOf", query = "SELECT f FROM Finding f WHERE f.status = :status"
        + " AND f.priority = :priority AND (f.partnerId = :partnerId OR f.proposalId = :proposalId) ORDER BY f.dueOn, f.id")
@NamedQuery(name = "Finding.all", query = "SELECT f FROM Finding f ORDER BY f.dueOn, f.id")
public class Finding extends TenantOwned {

    public enum Status {
        OPEN, CLOSED
    }

    @Column(name = "activity_id", nullable = false, updatable = false)
    private Long activityId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Priority priority;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(updatable = false)
    private String recommendation;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Version
    private long version;

    protected Finding() {
    }

    Finding(Long activityId, long partnerId, long proposalId, Priority priority, String text, String recommendation,
            LocalDate dueOn, String recordedBy) {
        this.activityId = activityId;
        this.partnerId = partnerId;
        this.proposalId = proposalId;
        this.priority = priority;
        this.text = text;
        this.recommendation = recommendation;
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
    }

    /** Closes the finding with what was done about it. */
    public void close(String note, String by, Instant at) {
        requireOpen();
        followUp = note;
        closedBy = by;
        closedAt = at;
        status = Status.CLOSED;
    }

    /** Leaves the finding open with a later due date and why. */
    public void reschedule(LocalDate due, String note) {
        requireOpen();
        if (due == null || !due.isAfter(dueOn)) {
            throw new DomainException("A new due date must be later than " + dueOn)
                    .withKey("error.finding.rescheduleEarlier", dueOn);
        }
        dueOn = due;
        followUp = note;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new DomainException("This finding is already closed").withKey("error.finding.closed");
        }
    }

    public boolean blocksPayment() {
        return status == Status.OPEN && priority == Priority.HIGH;
    }

    public long activityId() {
        return activityId;
    }

    public long partnerId() {
        return partnerId;
    }

    public long proposalId() {
        return proposalId;
    }

    public Priority priority() {
        return priority;
    }

    public String text() {
        return text;
    }

    public String recommendation() {
        return recommendation;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public String followUp() {
        return followUp;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
