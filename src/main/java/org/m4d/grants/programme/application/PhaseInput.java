package org.m4d.grants.programme.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What pmu enters to add a phase: its window, donor, outcomes, eligible countries and indicators. */
public record PhaseInput(
        @NotBlank(message = "{m4d.phase.id.required}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,39}", message = "{m4d.phase.id.pattern}")
        String id,
        @NotBlank(message = "{m4d.phase.name.required}")
        @Size(max = 200, message = "{m4d.phase.name.size}")
        String name,
        @NotBlank(message = "{m4d.phase.donor.required}")
        @Size(max = 200, message = "{m4d.phase.donor.size}")
        String donor,
        @NotNull(message = "{m4d.phase.start.required}")
        LocalDate startDate,
        @NotNull(message = "{m4d.phase.end.required}")
        LocalDate endDate,
        @NotNull(message = "{m4d.phase.outcomes.required}")
        @Size(min = 1, max = 20, message = "{m4d.phase.outcomes.size}")
        List<@NotBlank(message = "{m4d.phase.outcome.required}")
             @Size(max = 1000, message = "{m4d.phase.outcome.size}") String> outcomes,
        @NotNull(message = "{m4d.phase.countries.required}")
        @Size(max = 50, message = "{m4d.phase.countries.size}")
        List<@NotBlank(message = "{m4d.phase.country.required}") String> eligibleCountries,
        @Size(max = 200, message = "{m4d.phase.indicators.size}")
        List<@NotNull(message = "{m4d.phase.indicator.required}") @Valid Indicator> indicators) {

    /** A programme indicator of the new phase, under the outcome of that number (1 for the first). */
    public record Indicator(
            @NotNull(message = "{m4d.phase.indicator.outcome}")
            @Min(value = 1, message = "{m4d.phase.indicator.outcome}")
            @Max(value = 20, message = "{m4d.phase.indicator.outcome}")
            Integer outcome,
            @NotBlank(message = "{m4d.phase.indicator.name.required}")
            @Size(max = 200, message = "{m4d.phase.indicator.name.size}")
            String name,
            @NotBlank(message = "{m4d.phase.indicator.unit.required}")
            @Size(max = 40, message = "{m4d.phase.indicator.unit.size}")
            String unit) {
    }
}
