package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;
import org.m4d.grants.platform.domain.TenantOwned;

/** One tranche of a grant's plan: planned, open for disbursement once its reports are accepted, released. */
@Entity
@Table(name = "tranche")
@NamedQuery(name = "Tranche.ofGrant", query = "SELECT t FROM Tranche t WHERE t.grantId = :grantId ORDER BY t.number")
public class Tranche extends TenantOwned {

    public enum Status {
        PLANNED, OPEN, RELEASED
    }

    @Column(name = "grant_id", nullable = false, updatable = false)
    private Long grantId;

    @Column(name = "tranche_number", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, precision = 7, scale = 4)
    private BigDecimal percentage;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PLANNED;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Version
    private long version;

    protected Tranche() {
    }

    Tranche(Long grantId, int number, BigDecimal percentage, Money amount) {
        this.grantId = grantId;
        this.number = number;
        this.percentage = percentage;
        this.amount = amount.amount();
    }

    public void open(Instant now) {
        if (status != Status.PLANNED) {
            throw new DomainException("Tranche " + number + " is already " + status.name().toLowerCase())
                    .withKey("error.tranche.notPlanned", number, status);
        }
        status = Status.OPEN;
        openedAt = now;
    }

    /** Releases the open tranche once something has been disbursed from it. */
    public void release(Money disbursedFromIt, Instant now) {
        if (status != Status.OPEN) {
            throw new DomainException("Tranche " + number + " is not open").withKey("error.tranche.notOpen", number);
        }
        if (!disbursedFromIt.isPositive()) {
            throw new DomainException("Record the disbursement of tranche " + number + " before releasing it")
                    .withKey("error.tranche.nothingDisbursed", number);
        }
        status = Status.RELEASED;
        releasedAt = now;
    }

    /** Checks that {@code amount} fits into what is left of this tranche. */
    public void checkDisbursable(Money disbursedFromIt, Money amount) {
        if (status != Status.OPEN) {
            throw new DomainException("Tranche " + number + " is not open for disbursement")
                    .withKey("error.tranche.notOpen", number);
        }
        Money ceiling = amount(amount.currency());
        if (disbursedFromIt.plus(amount).compareTo(ceiling) > 0) {
            throw new DomainException("Disbursing " + amount + " would exceed tranche " + number + " of " + ceiling
                    + "; at most " + ceiling.minus(disbursedFromIt) + " remains in it")
                    .withKey("error.tranche.overDisbursed", amount, number, ceiling, ceiling.minus(disbursedFromIt));
        }
    }

    /** An amendment planned the grant again: a tranche not yet released takes its new share. */
    void replanTo(Money newAmount, BigDecimal newPercentage) {
        amount = newAmount.amount();
        percentage = newPercentage;
    }

    /** The tranche's amount, in its grant's currency. */
    public Money amount(String grantCurrency) {
        return Money.of(amount, grantCurrency);
    }

    public int number() {
        return number;
    }

    public BigDecimal percentage() {
        return percentage;
    }

    public Status status() {
        return status;
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
