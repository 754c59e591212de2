package org.m4d.grants.grant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.m4d.grants.workflow.application.GrantSteps;

/** The steps of a grant's implementation, as the workflow context asks for them. */
@ApplicationScoped
public class GrantImplementationSteps implements GrantSteps {

    @Inject
    GrantService grants;

    @Override
    public void createAgreement(long proposalId, String approvedBy) {
        grants.createAgreement(proposalId, approvedBy);
    }

    @Override
    public List<Integer> trancheNumbers(long proposalId) {
        return grants.trancheNumbers(proposalId);
    }

    @Override
    public void openTranche(long proposalId, int tranche) {
        grants.openTranche(proposalId, tranche);
    }
}
