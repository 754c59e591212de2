package org.m4d.grants.assurance.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One finding as recorded with the activity that raised it. */
public record FindingEntry(
        @NotNull(message = "{m4d.finding.priorityRequired}")
        @Pattern(regexp = "HIGH|MEDIUM|LOW", message = "{m4d.finding.priority}")
        String priority,
        @NotBlank(message = "{m4d.finding.textRequired}")
        @Size(max = 2000, message = "{m4d.finding.textSize}")
        String text,
        @Size(max = 2000, message = "{m4d.finding.recommendationSize}")
        String recommendation,
        @NotNull(message = "{m4d.finding.dueRequired}")
        LocalDate dueOn) {
}
