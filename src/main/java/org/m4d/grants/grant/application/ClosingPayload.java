package org.m4d.grants.grant.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The coordinator's closing of a grant: a note for the history, and the practice it leaves (a
 * summary and the lessons learned), which the applicant may then consent to publish.
 */
public record ClosingPayload(
        @Size(max = 1000, message = "{m4d.note.size}")
        String note,
        @NotBlank(message = "{m4d.practice.summary.required}")
        @Size(max = 1000, message = "{m4d.practice.summary.size}")
        String summary,
        @NotBlank(message = "{m4d.practice.lessons.required}")
        @Size(max = 4000, message = "{m4d.practice.lessons.size}")
        String lessons) {
}
