package org.m4d.grants.proposal.application;

import java.util.List;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.proposal.domain.Proposal;

/**
 * A proposal with the history entries the user may see, the lifecycle steps it is waiting in, and
 * what else of it the user may see.
 */
public record ProposalDetails(Proposal proposal, List<AuditEntry> history, List<String> activeSteps,
                              Visibility visibility) {
}
