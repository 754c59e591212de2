package org.m4d.grants.grant.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The partner's request that the agency pay a vendor's invoice directly (FACE request, direct payment). */
public record PaymentRequest(
        @NotNull(message = "{m4d.periodStart.required}")
        LocalDate periodStart,
        @NotNull(message = "{m4d.periodEnd.required}")
        LocalDate periodEnd,
        @NotBlank(message = "{m4d.face.vendor.required}")
        @Size(max = 200, message = "{m4d.face.vendor.size}")
        String vendor,
        @NotBlank(message = "{m4d.face.invoice.required}")
        @Size(max = 100, message = "{m4d.face.invoice.size}")
        String invoiceReference,
        @NotEmpty(message = "{m4d.face.lines.required}")
        @Size(max = 30, message = "{m4d.face.lines.size}")
        List<@Valid @NotNull(message = "{m4d.face.lines.required}") FaceLineInput> lines) {
}
