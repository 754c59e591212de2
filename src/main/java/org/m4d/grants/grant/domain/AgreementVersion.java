package org.m4d.grants.grant.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/**
 * One numbered version of a grant agreement's terms (amount, end date, budget lines), never
 * changed once written: version 1 is the agreement as approved, each approved amendment adds the next.
 */
@Entity
@Table(name = "agreement_version")
@NamedQuery(name = "AgreementVersion.ofGrant",
        query = "SELECT v FROM AgreementVersion v WHERE v.grantId = :grantId ORDER BY v.number")
public class AgreementVersion extends TenantOwned {

    @Column(name = "grant_id", nullable = false, updatable = false)
    private Long grantId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "in_force_from", nullable = false, updatable = false)
    private Instant inForceFrom;

    @Column(name = "approved_amount", nullable = false, updatable = false, precision = 19, scale = 3)
    private BigDecimal approvedAmount;

    @Column(nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "end_date", updatable = false)
    private LocalDate endDate;

    @Column(name = "amendment_id", updatable = false)
    private Long amendmentId;

    @ElementCollection
    @CollectionTable(name = "agreement_version_line", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "line_no")
    private List<AgreementLine> lines = new ArrayList<>();

    protected AgreementVersion() {
    }

    public AgreementVersion(long grantId, int number, Money approved, LocalDate endDate, List<AgreementLine> lines,
                            Long amendmentId, Instant inForceFrom) {
        this.grantId = grantId;
        this.number = number;
        this.approvedAmount = approved.amount();
        this.currency = approved.currency();
        this.endDate = endDate;
        // each version owns its own line objects: an embeddable shared by two rows is persisted with one only
        this.lines = new ArrayList<>(lines.stream().map(l -> new AgreementLine(l.description(), l.amount())).toList());
        this.amendmentId = amendmentId;
        this.inForceFrom = inForceFrom;
    }

    /** The next version: these terms with what an amendment changes. */
    public AgreementVersion next(Money newApproved, LocalDate newEndDate, List<AgreementLine> newLines,
                                 long amendment, Instant from) {
        return new AgreementVersion(grantId, number + 1, newApproved, newEndDate, newLines, amendment, from);
    }

    public int number() {
        return number;
    }

    public Instant inForceFrom() {
        return inForceFrom;
    }

    public Money approved() {
        return Money.of(approvedAmount, currency);
    }

    public LocalDate endDate() {
        return endDate;
    }

    public Long amendmentId() {
        return amendmentId;
    }

    public List<AgreementLine> lines() {
        return List.copyOf(lines);
    }
}
