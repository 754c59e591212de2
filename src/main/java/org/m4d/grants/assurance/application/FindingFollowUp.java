package org.m4d.grants.assurance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The follow-up of a finding: closed with what was done, or left open with a later due date. */
public record FindingFollowUp(
        @NotNull(message = "{m4d.followUp.closedRequired}")
        Boolean closed,
        @NotBlank(message = "{m4d.followUp.noteRequired}")
        @Size(max = 2000, message = "{m4d.followUp.noteSize}")
        String note,
        LocalDate findingDueOn) {
}
