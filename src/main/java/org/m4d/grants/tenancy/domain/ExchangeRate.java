package org.m4d.grants.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.m4d.grants.platform.domain.DomainException;

/**
 * A dollar rate of one currency in force from its date until the next one: units of the currency
 * per US dollar, to six decimals. Rates are never changed; a new one is entered instead.
 */
@Entity
@Table(name = "exchange_rate")
@IdClass(ExchangeRate.Key.class)
@NamedQuery(name = "ExchangeRate.ofCurrency",
        query = "SELECT r FROM ExchangeRate r WHERE r.currency = :currency ORDER BY r.effectiveOn DESC")
public class ExchangeRate {

    /** The decimals a rate is kept to, as the column. */
    public static final int SCALE = 6;

    /** The largest rate the column holds (13 digits before the point). */
    private static final BigDecimal MAX = new BigDecimal("9999999999999");

    @Id
    @Column(length = 3, updatable = false)
    private String currency;

    @Id
    @Column(name = "effective_on", updatable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false, updatable = false, precision = 19, scale = SCALE)
    private BigDecimal rate;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected ExchangeRate() {
    }

    public ExchangeRate(String currency, LocalDate effectiveOn, BigDecimal rate, String recordedBy, Instant recordedAt) {
        if (effectiveOn == null) {
            throw new DomainException("A rate needs the date it takes effect").withKey("error.rate.dateRequired");
        }
        if (rate == null || rate.signum() <= 0) {
            throw new DomainException("A rate must be more than zero units of the currency per US dollar")
                    .withKey("error.rate.positive");
        }
        if (rate.stripTrailingZeros().scale() > SCALE) {
            throw new DomainException("A rate has at most " + SCALE + " decimals").withKey("error.rate.scale", SCALE);
        }
        if (rate.compareTo(MAX) > 0) {
            throw new DomainException("A rate is at most " + MAX.toPlainString() + " units per US dollar")
                    .withKey("error.rate.tooLarge", MAX.toPlainString());
        }
        this.currency = currency;
        this.effectiveOn = effectiveOn;
        this.rate = rate.setScale(SCALE, RoundingMode.UNNECESSARY);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether a code is an ISO 4217 currency other than the dollar, which is the unit and has no rate. */
    public static boolean rated(String currency) {
        if (currency == null || !currency.matches("[A-Z]{3}") || "USD".equals(currency)) {
            return false;
        }
        try {
            Currency.getInstance(currency);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public String currency() {
        return currency;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public BigDecimal rate() {
        return rate;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The primary key: one rate per currency and date. */
    public static class Key implements Serializable {

        private String currency;
        private LocalDate effectiveOn;

        public Key() {
        }

        public Key(String currency, LocalDate effectiveOn) {
            this.currency = currency;
            this.effectiveOn = effectiveOn;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(currency, key.currency)
                    && Objects.equals(effectiveOn, key.effectiveOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(currency, effectiveOn);
        }
    }
}
