package org.m4d.grants.tenancy.application;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What pmu or finance enters: units of the currency per US dollar, and the day the rate takes effect. */
public record RateInput(
        @NotNull(message = "{m4d.rate.effectiveOn.required}")
        LocalDate effectiveOn,
        @NotNull(message = "{m4d.rate.required}")
        BigDecimal rate) {
}
