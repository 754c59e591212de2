package org.m4d.grants.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.TenantOwned;

/** A reviewer's declaration, before seeing a proposal, of whether they have a conflict of interest. */
@Entity
@Table(name = "conflict_declaration")
@jakarta.persistence.NamedQuery(name = "ConflictDeclaration.noConflict",
        query = "SELECT COUNT(c) FROM ConflictDeclaration c WHERE c.proposalId = :proposalId AND c.reviewRound = :round"
                + " AND c.reviewer = :reviewer AND c.conflict = false")
@jakarta.persistence.NamedQuery(name = "ConflictDeclaration.cleared",
        query = "SELECT DISTINCT c.proposalId FROM ConflictDeclaration c WHERE c.reviewer = :reviewer AND c.conflict = false")
@jakarta.persistence.NamedQuery(name = "ConflictDeclaration.conflicted",
        query = "SELECT DISTINCT c.reviewer FROM ConflictDeclaration c WHERE c.proposalId = :proposalId AND c.conflict = true")
public class ConflictDeclaration extends TenantOwned {

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "review_round", nullable = false, updatable = false)
    private int reviewRound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Agency agency;

    @Column(nullable = false, updatable = false)
    private String reviewer;

    @Column(nullable = false, updatable = false)
    private boolean conflict;

    @Column(updatable = false, length = 1000)
    private String statement;

    @Column(name = "declared_at", nullable = false, updatable = false)
    private Instant declaredAt;

    protected ConflictDeclaration() {
    }

    public ConflictDeclaration(long proposalId, int reviewRound, Agency agency, String reviewer, boolean conflict,
                               String statement, Instant declaredAt) {
        if (conflict && (statement == null || statement.isBlank())) {
            throw new org.m4d.grants.platform.domain.DomainException("Say what the conflict of interest is")
                    .withKey("error.review.conflictStatement");
        }
        this.proposalId = proposalId;
        this.reviewRound = reviewRound;
        this.agency = agency;
        this.reviewer = reviewer;
        this.conflict = conflict;
        this.statement = statement;
        this.declaredAt = declaredAt;
    }

    public String reviewer() {
        return reviewer;
    }
}
