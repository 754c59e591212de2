package org.m4d.grants.grant.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What finance authorises of each line of the partner's advance request, in the lines' order. */
public record AdvanceAuthorisation(
        @NotEmpty(message = "{m4d.face.authorised.required}")
        @Size(max = 30, message = "{m4d.face.lines.size}")
        List<@NotNull(message = "{m4d.face.authorised.required}")
             @DecimalMin(value = "0", message = "{m4d.face.amount.negative}")
             @Digits(integer = 15, fraction = 3, message = "{m4d.amount.digits}") BigDecimal> authorisedAmounts) {
}
