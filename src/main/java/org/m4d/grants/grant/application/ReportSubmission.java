package org.m4d.grants.grant.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A progress report with its financial part (FACE-style), or the final report. */
public record ReportSubmission(
        @NotBlank(message = "{m4d.narrative.required}")
        @Size(max = 4000, message = "{m4d.narrative.size}")
        String narrative,
        @PositiveOrZero(message = "{m4d.beneficiariesReached.negative}")
        Integer beneficiariesReached,
        @NotNull(message = "{m4d.periodStart.required}")
        LocalDate periodStart,
        @NotNull(message = "{m4d.periodEnd.required}")
        LocalDate periodEnd,
        @NotNull(message = "{m4d.expenditure.required}")
        @DecimalMin(value = "0", message = "{m4d.expenditure.negative}")
        @Digits(integer = 15, fraction = 3, message = "{m4d.expenditure.digits}")
        BigDecimal expenditure,
        @Valid
        @Size(max = 30, message = "{m4d.indicators.size}")
        List<ActualInput> indicatorActuals) {

    /** The value one indicator of the results framework has reached. */
    public record ActualInput(@NotBlank(message = "{m4d.indicator.nameRequired}") String name,
                              @NotNull(message = "{m4d.actual.required}")
                              @Digits(integer = 15, fraction = 3, message = "{m4d.figure.digits}") BigDecimal actual) {
    }
}
