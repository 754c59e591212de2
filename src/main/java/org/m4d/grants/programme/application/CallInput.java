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
import org.m4d.grants.programme.domain.SectionKey;

/**
 * What pmu or a coordinator enters to open a call: its phase, title, window and an envelope per
 * country in USD, and its form (ADR 34): the sections it asks (none: the programme's library, the
 * summary required), the amount in USD under which a request fills the short form (none: never) and
 * the files each form requires (none: no file).
 */
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
        List<@NotNull(message = "{m4d.call.envelopes.required}") @Valid Envelope> envelopes,
        List<@NotNull(message = "{m4d.call.section.required}") @Valid Section> sections,
        @Digits(integer = 17, fraction = 2, message = "{m4d.call.envelope.digits}")
        BigDecimal shortFormUnderUsd,
        Integer filesRequired,
        Integer filesRequiredShort) {

    /**
     * A section the call asks: of the programme's library (key) or free (no key). A library section
     * takes its question and help from the library in any language not given; a free one needs its
     * question in English, French and Spanish (else 422). A word limit of zero or below is 422; none
     * is the library's default.
     */
    public record Section(
            SectionKey key,
            String questionEn,
            String questionFr,
            String questionEs,
            String helpEn,
            String helpFr,
            String helpEs,
            Boolean required,
            Integer wordLimit,
            Boolean shortForm) {
    }

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
