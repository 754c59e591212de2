package org.m4d.grants.grant.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.TenantOwned;

/** A change asked of an approved grant: requested, then approved (making a new agreement version) or rejected. */
@Entity
@Table(name = "grant_amendment")
@NamedQuery(name = "Amendment.ofGrant",
        query = "SELECT a FROM Amendment a WHERE a.grantId = :grantId ORDER BY a.number")
public class Amendment extends TenantOwned {

    /** Where an amendment stands. */
    public enum Status {
        REQUESTED, APPROVED, REJECTED
    }

    @Column(name = "grant_id", nullable = false, updatable = false)
    private Long grantId;

    @Column(name = "amendment_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AmendmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.REQUESTED;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "new_end_date", updatable = false)
    private LocalDate newEndDate;

    @Column(name = "new_amount", updatable = false, precision = 19, scale = 3)
    private BigDecimal newAmount;

    @ElementCollection
    @CollectionTable(name = "grant_amendment_line", joinColumns = @JoinColumn(name = "amendment_id"))
    @OrderColumn(name = "line_no")
    private List<AgreementLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected Amendment() {
    }

    private Amendment(long grantId, int number, AmendmentKind kind, String reason, String requestedBy,
                      Instant requestedAt) {
        this.grantId = grantId;
        this.number = number;
        this.kind = kind;
        this.reason = reason.strip();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public static Amendment extension(long grantId, int number, LocalDate newEnd, String reason, String by,
                                      Instant at) {
        Amendment a = new Amendment(grantId, number, AmendmentKind.NO_COST_EXTENSION, reason, by, at);
        a.newEndDate = newEnd;
        return a;
    }

    public static Amendment revision(long grantId, int number, List<AgreementLine> newLines, String reason,
                                     String by, Instant at) {
        Amendment a = new Amendment(grantId, number, AmendmentKind.BUDGET_REVISION, reason, by, at);
        a.lines = new ArrayList<>(newLines);
        return a;
    }

    public static Amendment amountChange(long grantId, int number, BigDecimal newAmount, String reason, String by,
                                         Instant at) {
        Amendment a = new Amendment(grantId, number, AmendmentKind.AMOUNT_CHANGE, reason, by, at);
        a.newAmount = newAmount;
        return a;
    }

    public void startedAs(String instanceId) {
        processInstanceId = instanceId;
    }

    public void approve(String by, Instant at) {
        decide(Status.APPROVED, by, at);
    }

    public void reject(String by, Instant at) {
        decide(Status.REJECTED, by, at);
    }

    private void decide(Status outcome, String by, Instant at) {
        if (status != Status.REQUESTED) {
            throw new ConflictException("Amendment " + number + " is already " + status.name().toLowerCase())
                    .withKey("error.amendment.decided", number);
        }
        status = outcome;
        decidedBy = by;
        decidedAt = at;
    }

    public long grantId() {
        return grantId;
    }

    public int number() {
        return number;
    }

    public AmendmentKind kind() {
        return kind;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public LocalDate newEndDate() {
        return newEndDate;
    }

    public BigDecimal newAmount() {
        return newAmount;
    }

    public List<AgreementLine> lines() {
        return List.copyOf(lines);
    }
}
