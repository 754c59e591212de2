package org.m4d.grants.review.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The payload of a conflict-of-interest declaration; a conflict needs a statement. */
public record ConflictPayload(@NotNull(message = "Say whether you have a conflict of interest") Boolean conflict,
                              @Size(max = 1000, message = "{m4d.statement.size}") String statement) {
}
