package org.m4d.grants.grant.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The partner's FACE form of a period, per budget line: its certified expenditure, or the advance it requests. */
public record FaceReport(
        @NotNull(message = "{m4d.periodStart.required}")
        LocalDate periodStart,
        @NotNull(message = "{m4d.periodEnd.required}")
        LocalDate periodEnd,
        @NotEmpty(message = "{m4d.face.lines.required}")
        @Size(max = 30, message = "{m4d.face.lines.size}")
        List<@Valid @NotNull(message = "{m4d.face.lines.required}") FaceLineInput> lines) {
}
