package org.m4d.grants.grant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.Money;

/** One budget line of a FACE document: what the partner reports or requests on it, and what finance accepted. */
@Embeddable
public class FaceLine {

    @Column(nullable = false, length = 300)
    private String description;

    @Column(nullable = false, precision = 19, scale = 3)
    private BigDecimal amount;

    @Column(precision = 19, scale = 3)
    private BigDecimal accepted;

    protected FaceLine() {
    }

    public FaceLine(String description, Money amount) {
        if (description == null || description.isBlank()) {
            throw new DomainException("Every line needs the budget line it is for").withKey("error.face.lineDescription");
        }
        if (amount.amount().signum() < 0) {
            throw new DomainException("A line's amount cannot be negative").withKey("error.face.lineNegative");
        }
        this.description = description.strip();
        this.amount = amount.amount();
    }

    void accept(Money part, String currency) {
        decide(part, currency);
        if (part.compareTo(amount(currency)) > 0) {
            throw new DomainException("Accepting " + part + " on " + description + " is more than the " + amount(currency)
                    + " reported on it").withKey("error.face.acceptedAboveReported", part, description, amount(currency));
        }
        accepted = part.amount();
    }

    /** Refuses to authorise {@code part} of what the partner requested on the line, if it is negative or more. */
    void checkAuthorisation(Money part, String currency) {
        decide(part, currency);
        if (part.compareTo(amount(currency)) > 0) {
            throw new DomainException("Authorising " + part + " on " + description + " is more than the " + amount(currency)
                    + " requested on it").withKey("error.face.authorisedAboveRequested", part, description, amount(currency));
        }
    }

    /** Finance authorises all or part of what the partner requested on the line for an advance. */
    void authorise(Money part, String currency) {
        checkAuthorisation(part, currency);
        accepted = part.amount();
    }

    private static void decide(Money part, String currency) {
        if (part.amount().signum() < 0) {
            throw new DomainException("An accepted amount cannot be negative").withKey("error.face.lineNegative");
        }
    }

    public String description() {
        return description;
    }

    public Money amount(String currency) {
        return Money.of(amount, currency);
    }

    /** What finance accepted (or, of an advance request, authorised) of the line; null until it decided. */
    public Money accepted(String currency) {
        return accepted == null ? null : Money.of(accepted, currency);
    }
}
