package org.m4d.grants.proposal.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.m4d.grants.proposal.domain.Decision;

/** The payload of screening and approval: ACCEPT, REVISE or REJECT, with a comment or reason. */
public record DecisionPayload(@NotNull(message = "Choose ACCEPT, REVISE or REJECT") Decision decision,
                              @Size(max = 1000, message = "{m4d.comment.size}") String comment) {
}
