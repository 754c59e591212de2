package org.m4d.grants.platform.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in one currency, always at that currency's ISO 4217 scale (XOF 0 decimals, TND 3,
 * most others 2). Never a double.
 */
public record Money(BigDecimal amount, String currency) implements Serializable, Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.stripTrailingZeros().scale() > scale) {
            throw scale == 0
                    ? new DomainException(currency + " amounts have no decimals")
                            .withKey("error.money.noDecimals", currency)
                    : new DomainException(currency + " amounts have at most " + scale + " decimals")
                            .withKey("error.money.scale", currency, scale);
        }
        amount = amount.setScale(scale);
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The number of decimals of an ISO 4217 currency. */
    public static int scaleOf(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException e) {
            throw new DomainException("Unknown currency " + currency).withKey("error.money.unknownCurrency", currency);
        }
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new DomainException("Cannot combine " + currency + " with " + other.currency)
                    .withKey("error.money.currencyMismatch", currency, other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
