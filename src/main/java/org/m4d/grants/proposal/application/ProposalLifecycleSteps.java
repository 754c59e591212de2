package org.m4d.grants.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.workflow.application.ProposalSteps;

/** The lifecycle's steps on a proposal, as the workflow context asks for them. */
@ApplicationScoped
public class ProposalLifecycleSteps implements ProposalSteps {

    @Inject
    ProposalService proposals;

    @Override
    public void screeningOverdue(long proposalId) {
        proposals.recordScreeningOverdue(proposalId);
    }

    @Override
    public void reviewOverdue(long proposalId) {
        proposals.recordReviewOverdue(proposalId);
    }
}
