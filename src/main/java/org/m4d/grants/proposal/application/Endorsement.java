package org.m4d.grants.proposal.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The payload of the national endorsement. */
public record Endorsement(@NotNull(message = "Say whether the proposal is endorsed") Boolean endorsed,
                          @Size(max = 1000, message = "{m4d.comment.size}") String comment) {
}
