package org.m4d.grants.practice.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * What a closed grant taught: the coordinator's summary and lessons, the results the final report
 * gave, and the proposal's sector and outcomes. It stays inside its country until the applicant who
 * made the proposal consents to publish it; only then is it read from every country.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = "Practice.published",
        query = "SELECT p FROM Practice p WHERE p.published = true ORDER BY p.closedAt DESC, p.id DESC")
@NamedQuery(name = "Practice.all", query = "SELECT p FROM Practice p ORDER BY p.closedAt DESC, p.id DESC")
@NamedQuery(name = "Practice.byProposal", query = "SELECT p FROM Practice p WHERE p.proposalId = :proposal")
public class Practice extends TenantOwned {

    public static final int SUMMARY_MAX = 1000;
    public static final int LESSONS_MAX = 4000;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 30)
    private String sector;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(nullable = false, length = LESSONS_MAX)
    private String lessons;

    @Column(name = "beneficiaries_reached")
    private Integer beneficiariesReached;

    @Column(nullable = false, updatable = false)
    private String applicant;

    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "consent_by")
    private String consentBy;

    @Column(name = "consent_at")
    private Instant consentAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_outcome", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "outcome")
    private Set<Integer> outcomes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_result", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "line_no")
    private List<PracticeResult> results = new ArrayList<>();

    @Version
    private long version;

    protected Practice() {
    }

    /** A practice as the grant closes: not published, whatever was said before the applicant saw it. */
    public Practice(long proposalId, String title, String sector, Set<Integer> outcomes, String summary,
                    String lessons, Integer beneficiariesReached, List<PracticeResult> results, String applicant,
                    String closedBy, Instant closedAt) {
        this.proposalId = proposalId;
        this.title = title;
        this.sector = sector;
        this.outcomes = new TreeSet<>(outcomes);
        if (summary == null || summary.isBlank()) {
            throw new DomainException("Give the summary").withKey("error.practice.summaryRequired");
        }
        if (summary.strip().length() > SUMMARY_MAX) {
            throw new DomainException("The summary can have at most " + SUMMARY_MAX + " characters")
                    .withKey("error.practice.summarySize", SUMMARY_MAX);
        }
        if (lessons == null || lessons.isBlank()) {
            throw new DomainException("Give the lessons learned").withKey("error.practice.lessonsRequired");
        }
        if (lessons.strip().length() > LESSONS_MAX) {
            throw new DomainException("The lessons learned can have at most " + LESSONS_MAX + " characters")
                    .withKey("error.practice.lessonsSize", LESSONS_MAX);
        }
        this.summary = summary.strip();
        this.lessons = lessons.strip();
        this.beneficiariesReached = beneficiariesReached;
        this.results = new ArrayList<>(results);
        this.applicant = applicant;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    /**
     * The applicant who made the proposal gives or withdraws consent to publish; nobody else may
     * speak for them, a coordinator or pmu included.
     */
    public void decideConsent(String user, boolean consent, Instant at) {
        if (!applicant.equals(user)) {
            throw new ForbiddenException("Only the applicant who made the proposal decides whether its practice is published")
                    .withKey("error.practice.notTheApplicant");
        }
        this.published = consent;
        this.consentBy = user;
        this.consentAt = at;
    }

    /** Whether a user of another country may read it. */
    public boolean published() {
        return published;
    }

    public long proposalId() {
        return proposalId;
    }

    public String title() {
        return title;
    }

    public String sector() {
        return sector;
    }

    public Set<Integer> outcomes() {
        return Set.copyOf(outcomes);
    }

    public String summary() {
        return summary;
    }

    public String lessons() {
        return lessons;
    }

    public Integer beneficiariesReached() {
        return beneficiariesReached;
    }

    public List<PracticeResult> results() {
        return List.copyOf(results);
    }

    public String applicant() {
        return applicant;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String consentBy() {
        return consentBy;
    }

    public Instant consentAt() {
        return consentAt;
    }
}
