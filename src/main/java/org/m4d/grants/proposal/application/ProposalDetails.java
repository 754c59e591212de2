package org.m4d.grants.proposal.application;

import java.util.List;
import org.m4d.grants.audit.domain.AuditEntry;
import org.m4d.grants.proposal.domain.Proposal;

/** A proposal with its history and the lifecycle steps it is waiting in. */
public record ProposalDetails(Proposal proposal, List<AuditEntry> history, List<String> activeSteps) {
}
