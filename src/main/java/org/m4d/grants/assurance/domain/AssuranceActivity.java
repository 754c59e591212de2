package org.m4d.grants.assurance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * One visit, spot check or audit owed to a partner in a year, conducted on one of its grants:
 * planned with a due date, then done by someone on a day, with the findings it raised.
 */
@Entity
@Table(name = "assurance_activity")
@NamedQuery(name = "AssuranceActivity.ofPartnerYear", query = "SELECT a FROM AssuranceActivity a"
        + " WHERE a.partnerId = :partnerId AND a.year = :year ORDER BY a.dueOn, a.id")
@NamedQuery(name = "AssuranceActivity.ofYear",
        query = "SELECT a FROM AssuranceActivity a WHERE a.year = :year ORDER BY a.partnerId, a.dueOn, a.id")
public class AssuranceActivity extends TenantOwned {

    public enum Status {
        PLANNED, DONE, CANCELLED
    }

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ActivityKind kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PLANNED;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected AssuranceActivity() {
    }

    public AssuranceActivity(long partnerId, long proposalId, int year, ActivityKind kind, LocalDate dueOn) {
        this.partnerId = partnerId;
        this.proposalId = proposalId;
        this.year = year;
        this.kind = kind;
        this.dueOn = dueOn;
    }

    /** The process that carries the activity's tasks, once started. */
    public void runBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Records the activity as done on a day; its findings are raised with {@link #raise}. */
    public void done(LocalDate on, String by) {
        if (status != Status.PLANNED) {
            throw new DomainException("This activity is already " + status.name().toLowerCase())
                    .withKey("error.assurance.notPlanned", status);
        }
        if (on == null) {
            throw new DomainException("Give the day the activity took place").withKey("error.assurance.doneOnMissing");
        }
        doneOn = on;
        doneBy = by;
        status = Status.DONE;
    }

    /**
     * A finding of this activity, once done; it must be due after the day of the activity, as a
     * recommendation cannot be due before it was made.
     */
    public Finding raise(Priority priority, String text, String recommendation, LocalDate due, String by) {
        if (status != Status.DONE) {
            throw new DomainException("Findings are recorded with the activity that raised them")
                    .withKey("error.assurance.notDone");
        }
        if (due == null || !due.isAfter(doneOn)) {
            throw new DomainException("A finding is due after the day of the activity (" + doneOn + ")")
                    .withKey("error.finding.dueBeforeActivity", doneOn);
        }
        return new Finding(id(), partnerId, proposalId, priority, text, recommendation, due, by);
    }

    public long partnerId() {
        return partnerId;
    }

    public long proposalId() {
        return proposalId;
    }

    public int year() {
        return year;
    }

    public ActivityKind kind() {
        return kind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Status status() {
        return status;
    }

    public LocalDate doneOn() {
        return doneOn;
    }

    public String doneBy() {
        return doneBy;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
