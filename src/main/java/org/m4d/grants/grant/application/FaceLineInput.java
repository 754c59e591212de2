package org.m4d.grants.grant.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One budget line of a FACE form as the partner enters it: the line and its amount in the grant's currency. */
public record FaceLineInput(
        @NotBlank(message = "{m4d.face.line.required}")
        @Size(max = 300, message = "{m4d.face.line.size}")
        String description,
        @NotNull(message = "{m4d.face.amount.required}")
        @DecimalMin(value = "0", message = "{m4d.face.amount.negative}")
        @Digits(integer = 15, fraction = 3, message = "{m4d.amount.digits}")
        BigDecimal amount) {
}
