package org.m4d.grants.proposal.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The applicant's answers to sections of the proposal's call (ADR 34): each names a section the
 * proposal's form asks (a library key, or FREE_n) and gives its text; a blank text takes the answer
 * back. A section the form does not ask or a text over its word limit is 422, and nothing is written.
 */
public record AnswerInput(
        @NotNull(message = "{m4d.answer.answers.required}")
        @Size(max = 30, message = "{m4d.answer.answers.required}")
        List<@NotNull(message = "{m4d.answer.answers.required}") @Valid Answer> answers) {

    /** One section's text. */
    public record Answer(
            @NotBlank(message = "{m4d.answer.section.required}")
            @Size(max = 40, message = "{m4d.answer.section.required}")
            String section,
            String text) {
    }
}
