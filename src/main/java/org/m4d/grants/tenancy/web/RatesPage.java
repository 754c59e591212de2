package org.m4d.grants.tenancy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.m4d.grants.platform.web.Formats;
import org.m4d.grants.platform.web.Pages;
import org.m4d.grants.tenancy.application.ExchangeRateService;
import org.m4d.grants.tenancy.application.RateInput;
import org.m4d.grants.tenancy.domain.ExchangeRate;

/**
 * Backs {@code app/rates.xhtml}: the dollar rates of the currencies the user reads, each with the
 * rate in force today, and for finance and pmu the form that enters a rate from a date.
 */
@Named
@RequestScoped
public class RatesPage {

    /** A line of the history, marked when it is the rate in force today. */
    public record Row(ExchangeRate rate, boolean inForce) {
    }

    @Inject
    ExchangeRateService rates;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private List<Row> rows;
    private List<String> maintained;
    private String currency;
    private LocalDate effectiveOn;
    private BigDecimal rate;

    public void load() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        rows = rates.currenciesOnPage().stream().flatMap(code -> {
            var history = rates.history(code);
            ExchangeRate inForce = history.inForceOn(today).orElse(null);
            return history.rates().stream().map(r -> new Row(r, r == inForce));
        }).toList();
        maintained = rates.maintained();
    }

    public void record() {
        ExchangeRate entered = rates.record(currency, new RateInput(effectiveOn, rate));
        Pages.redirect(faces, "/app/rates.xhtml", formats.message("rates.recorded", entered.currency(),
                formats.date(entered.effectiveOn())));
    }

    public List<Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    /** The currencies the user enters rates of; the form is shown when there is one. */
    public List<String> getMaintained() {
        if (maintained == null) {
            load();
        }
        return maintained;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
