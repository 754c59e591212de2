package org.m4d.grants.partner.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.m4d.grants.partner.domain.RiskRating;

/** A micro-assessment as recorded: without {@code validUntil} it holds five years from its date. */
public record AssessmentInput(
        @NotNull(message = "{m4d.assessment.rating.required}")
        RiskRating rating,
        @NotNull(message = "{m4d.assessment.assessedOn.required}")
        LocalDate assessedOn,
        @NotBlank(message = "{m4d.assessment.assessor.required}")
        @Size(max = 200, message = "{m4d.assessment.assessor.size}")
        String assessor,
        LocalDate validUntil,
        @Size(max = 1000, message = "{m4d.assessment.note.size}")
        String note) {
}
