package org.m4d.grants.tenancy.domain;

import java.util.List;

/** The dollar rates of all currencies; they belong to no country, as the currencies. */
public interface ExchangeRateRepository {

    /** The rates of one currency, the latest effective first. */
    List<ExchangeRate> of(String currency);

    /** Appends a rate and writes it now, so that a duplicate date fails inside the use case. */
    void store(ExchangeRate rate);
}
