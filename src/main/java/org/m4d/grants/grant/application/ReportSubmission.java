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
        @NotBlank(message = "Describe the progress made")
        @Size(max = 4000, message = "The narrative can have at most 4000 characters")
        String narrative,
        @PositiveOrZero(message = "Beneficiaries reached cannot be negative")
        Integer beneficiariesReached,
        @NotNull(message = "Enter the start of the reporting period")
        LocalDate periodStart,
        @NotNull(message = "Enter the end of the reporting period")
        LocalDate periodEnd,
        @NotNull(message = "Enter the expenditure of the period")
        @DecimalMin(value = "0", message = "Expenditure cannot be negative")
        @Digits(integer = 15, fraction = 3, message = "The expenditure is too large or has too many decimals")
        BigDecimal expenditure,
        @Valid
        @Size(max = 30, message = "At most 30 indicators")
        List<ActualInput> indicatorActuals) {

    /** The value one indicator of the results framework has reached. */
    public record ActualInput(@NotBlank(message = "Name the indicator") String name,
                              @NotNull(message = "Give the value reached") BigDecimal actual) {
    }
}
