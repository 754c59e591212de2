package org.m4d.grants.grant.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The payload of a report's verification; returning a report needs a note of what to correct. */
public record VerificationPayload(@NotNull(message = "Say whether the report is accepted") Boolean accepted,
                                  @Size(max = 1000, message = "{m4d.note.size}") String note) {
}
