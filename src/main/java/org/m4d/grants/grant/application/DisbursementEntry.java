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
        @NotNull(message = "{m4d.amount.required}")
        @DecimalMin(value = "0", inclusive = false, message = "{m4d.amount.positive}")
        @Digits(integer = 15, fraction = 3, message = "{m4d.amount.digits}")
        BigDecimal amount,
        @NotNull(message = "{m4d.disbursedOn.required}")
        @PastOrPresent(message = "{m4d.disbursedOn.past}")
        LocalDate date,
        @NotBlank(message = "{m4d.reference.required}")
        @Size(max = 100, message = "{m4d.reference.size}")
        String reference) {
}
