package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.m4d.grants.workflow.application.AmendmentSteps;

/** The steps of an amendment's process, as the workflow context asks for them. */
@ApplicationScoped
public class GrantAmendmentSteps implements AmendmentSteps {

    @Inject
    AmendmentService amendments;

    @Override
    public void applyAmendment(long proposalId, long amendmentId, String decidedBy) {
        amendments.apply(proposalId, amendmentId, decidedBy);
    }

    @Override
    public void rejectAmendment(long proposalId, long amendmentId, String decidedBy) {
        amendments.reject(proposalId, amendmentId, decidedBy);
    }
}
