package org.m4d.grants.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.platform.domain.TenantOwned;

/** One agency's technical review of a proposal in one review round. */
@Entity
@Table(name = "review")
@NamedQuery(name = "Review.ofProposal",
        query = "SELECT r FROM Review r WHERE r.proposalId = :proposalId ORDER BY r.reviewRound, r.submittedAt")
public class Review extends TenantOwned {

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
    private int relevance;

    @Column(nullable = false, updatable = false)
    private int scalability;

    @Column(name = "local_ownership", nullable = false, updatable = false)
    private int localOwnership;

    @Column(name = "gender_responsiveness", nullable = false, updatable = false)
    private int genderResponsiveness;

    @Column(nullable = false, updatable = false)
    private int sustainability;

    @Column(name = "budget_realism", nullable = false, updatable = false)
    private int budgetRealism;

    @Column(name = "weighted_score", nullable = false, updatable = false, precision = 4, scale = 2)
    private BigDecimal weightedScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Recommendation recommendation;

    @Column(updatable = false, length = 4000)
    private String comments;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    protected Review() {
    }

    public Review(long proposalId, int reviewRound, Agency agency, String reviewer, Map<Criterion, Integer> scores,
                  CriteriaWeights weights, Recommendation recommendation, String comments, Instant submittedAt) {
        this.weightedScore = weights.score(scores);
        if (recommendation == null) {
            throw new org.m4d.grants.platform.domain.DomainException("A review needs a recommendation")
                    .withKey("error.review.recommendationRequired");
        }
        this.proposalId = proposalId;
        this.reviewRound = reviewRound;
        this.agency = agency;
        this.reviewer = reviewer;
        this.relevance = scores.get(Criterion.RELEVANCE);
        this.scalability = scores.get(Criterion.SCALABILITY);
        this.localOwnership = scores.get(Criterion.LOCAL_OWNERSHIP);
        this.genderResponsiveness = scores.get(Criterion.GENDER_RESPONSIVENESS);
        this.sustainability = scores.get(Criterion.SUSTAINABILITY);
        this.budgetRealism = scores.get(Criterion.BUDGET_REALISM);
        this.recommendation = recommendation;
        this.comments = comments;
        this.submittedAt = submittedAt;
    }

    public Map<Criterion, Integer> scores() {
        return Criterion.inOrder(relevance, scalability, localOwnership, genderResponsiveness, sustainability,
                budgetRealism);
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

    public BigDecimal weightedScore() {
        return weightedScore;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public String comments() {
        return comments;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
