package org.m4d.grants.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * One giving of an agency's review to a reviewer, by the rule ({@code assignedBy} "system") or by a
 * coordinator, with why; no reviewer when nobody was eligible and the review stayed in the pool.
 */
@Entity
@Table(name = "review_assignment")
@NamedQuery(name = "ReviewAssignment.lastOfAgency",
        query = "SELECT a.reviewer, MAX(a.assignedAt) FROM ReviewAssignment a WHERE a.agency = :agency"
                + " AND a.reviewer IS NOT NULL GROUP BY a.reviewer")
@NamedQuery(name = "ReviewAssignment.ofProposal",
        query = "SELECT a FROM ReviewAssignment a WHERE a.proposalId = :proposalId ORDER BY a.assignedAt, a.id")
public class ReviewAssignment extends TenantOwned {

    /** Who assigned a review by the rule. */
    public static final String SYSTEM = "system";

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int reviewRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Agency agency;

    @Column(updatable = false)
    private String reviewer;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    protected ReviewAssignment() {
    }

    public ReviewAssignment(long proposalId, int reviewRound, Agency agency, String reviewer, Instant assignedAt,
                            String assignedBy, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("Give the reason for the assignment").withKey("error.assignment.reason");
        }
        if (reason.length() > 1000) {
            throw new DomainException("The reason is at most 1000 characters").withKey("error.assignment.reasonSize");
        }
        this.proposalId = proposalId;
        this.reviewRound = reviewRound;
        this.agency = agency;
        this.reviewer = reviewer;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
        this.reason = reason.strip();
    }

    public long proposalId() {
        return proposalId;
    }

    public int reviewRound() {
        return reviewRound;
    }

    public Agency agency() {
        return agency;
    }

    public String reviewer() {
        return reviewer;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public String reason() {
        return reason;
    }
}
