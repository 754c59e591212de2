package org.m4d.grants.grant.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What finance enters to record a disbursement; the amount is in the grant's currency. */
public record DisbursementEntry(
        @NotNull(message = "Enter the amount disbursed")
        @DecimalMin(value = "0", inclusive = false, message = "The amount must be more than zero")
        @Digits(integer = 15, fraction = 3, message = "The amount is too large or has too many decimals")
        BigDecimal amount,
        @NotNull(message = "Enter the date of the disbursement")
        @PastOrPresent(message = "The disbursement date cannot be in the future")
        LocalDate date,
        @NotBlank(message = "Enter the payment reference")
        @Size(max = 100, message = "The reference can have at most 100 characters")
        String reference) {
}
