package org.m4d.grants.grant.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.m4d.grants.grant.domain.AmendmentKind;

/**
 * An amendment asked for from the grant page or the API: its kind, why, and the one change the kind
 * takes (a new end date, the budget lines in their order, or a new amount).
 */
public record AmendmentRequest(
        @NotNull(message = "{m4d.amendment.kind.required}") AmendmentKind kind,
        @NotBlank(message = "{m4d.amendment.reason.required}") @Size(max = 1000, message = "{m4d.reason.size}")
        String reason,
        LocalDate newEndDate,
        @Digits(integer = 15, fraction = 3, message = "{m4d.amount.digits}") BigDecimal newAmount,
        @Size(max = 50, message = "{m4d.amendment.lines.size}") List<@Valid @NotNull Line> lines) {

    /** One budget line's amount after the revision. */
    public record Line(@NotBlank(message = "{m4d.amendment.line.description}") @Size(max = 300) String description,
                       @NotNull(message = "{m4d.amendment.line.amount}")
                       @Digits(integer = 15, fraction = 3, message = "{m4d.amount.digits}") BigDecimal amount) {
    }
}
