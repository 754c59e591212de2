package org.m4d.grants.programme.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What pmu or a coordinator enters to open a call: its phase, title, window and an envelope per country in USD. */
public record CallInput(
        @NotBlank(message = "{m4d.call.phase.required}")
        @Size(max = 40, message = "{m4d.call.phase.required}")
        String phaseId,
        @NotBlank(message = "{m4d.call.title.required}")
        @Size(max = 300, message = "{m4d.call.title.size}")
        String title,
        @NotNull(message = "{m4d.call.opens.required}")
        LocalDate opensOn,
        @NotNull(message = "{m4d.call.closes.required}")
        LocalDate closesOn,
        @NotNull(message = "{m4d.call.envelopes.required}")
        @Size(min = 1, max = 50, message = "{m4d.call.envelopes.required}")
        List<@NotNull(message = "{m4d.call.envelopes.required}") @Valid Envelope> envelopes) {

    /** A country the call covers and its envelope in US dollars and cents. */
    public record Envelope(
            @NotBlank(message = "{m4d.call.country.required}")
            @Size(max = 2, message = "{m4d.call.country.required}")
            String country,
            @NotNull(message = "{m4d.call.envelope.required}")
            @DecimalMin(value = "0", message = "{m4d.call.envelope.negative}")
            @Digits(integer = 17, fraction = 2, message = "{m4d.call.envelope.digits}")
            BigDecimal amountUsd) {
    }
}
