package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** No proposal has a summary yet: summaries are compared once proposals have narrative sections. */
@ApplicationScoped
public class NoProposalSummaries implements ProposalSummaries {

    @Override
    public Optional<String> of(long proposalId) {
        return Optional.empty();
    }
}
